# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# socketlab_add_tests(DIRECTORY <dir> LABEL <label> LIBRARIES <libs...> [DEPENDS <targets...>]
#                     [TIMEOUT <seconds>] [PRECOMPILE <headers...>])
#
# Registers every tests/<dir>/**/tst_*.cpp as its own Qt Test executable and CTest test, run with
# the offscreen platform, a per-test timeout and the given label. A file named tst_<unit>.cpp
# becomes the executable and test tst_<unit>. The PRECOMPILE headers are compiled once, with the group's first
# test, and reused by the others (their flags are the same).

set(SOCKETLAB_TEST_TIMEOUT 120 CACHE STRING "Default per-test timeout in seconds")

function(socketlab_add_tests)
    cmake_parse_arguments(ARG "" "DIRECTORY;LABEL;TIMEOUT" "LIBRARIES;DEPENDS;PRECOMPILE" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT ${SOCKETLAB_TEST_TIMEOUT})
    endif()
    file(GLOB_RECURSE test_sources CONFIGURE_DEPENDS "${ARG_DIRECTORY}/tst_*.cpp")
    set(pch_host "")
    foreach(source IN LISTS test_sources)
        get_filename_component(name "${source}" NAME_WE)
        add_executable(${name} "${source}")
        socketlab_target_defaults(${name})
        target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
        target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
        target_compile_definitions(${name} PRIVATE
            SOCKETLAB_CLI_PATH="$<TARGET_FILE:socketlab-cli>"
            SOCKETLAB_GUI_PATH="$<TARGET_FILE:socketlab>"
            SOCKETLAB_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            SOCKETLAB_PROJECT_VERSION="${PROJECT_VERSION}")
        if(ARG_DEPENDS)
            add_dependencies(${name} ${ARG_DEPENDS})
        endif()
        if(SOCKETLAB_PCH AND ARG_PRECOMPILE)
            if(NOT pch_host)
                target_precompile_headers(${name} PRIVATE ${ARG_PRECOMPILE})
                set(pch_host ${name})
            else()
                target_precompile_headers(${name} REUSE_FROM ${pch_host})
            endif()
        endif()
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            LABELS "${ARG_LABEL}"
            TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1;LC_ALL=C.UTF-8;LANGUAGE=")
    endforeach()
endfunction()
