# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# cmake -DLUPDATE=<exe> -DSOURCE_DIR=<dir> -DWORK_DIR=<dir> -P CheckTranslations.cmake
# Runs lupdate over src/ and forms/ into a copy of the Chinese catalogue and fails when any message
# is unfinished: a new user-visible string must land with its translation. The English catalogue
# only carries plural forms ("%n read(s)" → "1 read", "2 reads"): every one of those must be there.

# The catalogue translations/<name>.ts as lupdate would leave it for today's sources (the file itself is untouched).
function(updated_catalogue name out)
    set(copy "${WORK_DIR}/${name}.check.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/${name}.ts" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "${SOURCE_DIR}/src"
                            "${SOURCE_DIR}/forms" -ts "${copy}"
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${errors}")
    endif()
    file(READ "${copy}" text)
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

updated_catalogue(socketlab_zh_CN content)
string(REGEX MATCHALL "<message[ >]" messages "${content}")
list(LENGTH messages total)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?(<extracomment>[^<]*</extracomment>[ \n\r\t]*)?<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished missing)
if(missing GREATER 0)
    message(FATAL_ERROR "${missing} of ${total} messages have no Chinese translation. Run "
                        "'cmake --build build --target update_translations' and translate them:\n${unfinished}")
endif()
if(total EQUAL 0)
    message(FATAL_ERROR "no messages found in socketlab_zh_CN.ts")
endif()

# The terms Chinese learners know from the tutorials, not their synonyms.
foreach(pair "黏包=粘包" "分包=拆包" "多播=组播" "定界符=分隔符" "界定符=分隔符" "校验码=校验和" "回送=回显")
    string(REPLACE "=" ";" terms "${pair}")
    list(GET terms 0 avoided)
    list(GET terms 1 preferred)
    string(FIND "${content}" "${avoided}" found)
    if(NOT found EQUAL -1)
        message(FATAL_ERROR "translations/socketlab_zh_CN.ts says ${avoided}: write ${preferred}, the term learners know.")
    endif()
endforeach()

updated_catalogue(socketlab_en en_content)
string(REGEX MATCHALL "<message numerus=\"yes\">[ \n\r\t]*<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?(<extracomment>[^<]*</extracomment>[ \n\r\t]*)?<translation type=\"unfinished\"" en_unfinished "${en_content}")
list(LENGTH en_unfinished en_missing)
if(en_missing GREATER 0)
    message(FATAL_ERROR "${en_missing} plural messages have no English singular and plural forms in "
                        "translations/socketlab_en.ts:\n${en_unfinished}")
endif()
string(REGEX MATCHALL "<message numerus=\"yes\">" plurals "${en_content}")
list(LENGTH plurals plural_count)
message(STATUS "translations: ${total} messages, all translated; ${plural_count} English plural forms")
