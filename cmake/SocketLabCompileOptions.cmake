# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# socketlab_target_defaults(<target>): the warnings and strict Qt macros every SocketLab target uses.
#
# SOCKETLAB_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (./test.sh --sanitize):
# any finding stops the program, so that the test that met it fails.
#
# socketlab_precompile(<target> <header>...): precompiles the Qt headers a target leans on (SOCKETLAB_PCH, on by
# default), which roughly halves a clean build; socketlab_add_tests() shares one such header among a group of tests.

option(SOCKETLAB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SOCKETLAB_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "SOCKETLAB_SANITIZE needs GCC or Clang")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

option(SOCKETLAB_PCH "Precompile the Qt headers (faster clean builds)" ON)
function(socketlab_precompile target)
    if(SOCKETLAB_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

function(socketlab_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_17)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(SOCKETLAB_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
        if(SOCKETLAB_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
