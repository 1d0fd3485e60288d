# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<dir> -P CheckFormat.cmake
# Fails when any C++ file under src/ or tests/ differs from what .clang-format asks for.

file(GLOB_RECURSE files "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/tests/*.cpp"
     "${SOURCE_DIR}/tests/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format: these files need formatting (run clang-format -i):\n${errors}")
endif()
list(LENGTH files count)
message(STATUS "clang-format: ${count} files clean")
