# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# Installation beyond the two executables (desktop entry, icons, AppStream metainfo, man pages, Debian docs) and the
# CPack DEB settings: `cmake --build build --target package` writes socketlab_<version>_<arch>.deb into build/.
# The version is the project's (CMakeLists.txt), the one place it is set.

set(SOCKETLAB_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(SOCKETLAB_GENERATED_DIR "${PROJECT_BINARY_DIR}/packaging")

# Desktop entry and icons (scalable and the usual PNG sizes).
install(FILES "${PROJECT_SOURCE_DIR}/resources/socketlab.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size 16 24 32 48 64 128 256)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/socketlab.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Files that carry the version, and the compressed ones Debian expects (gzip -n: no name or time, reproducible).
configure_file("${PROJECT_SOURCE_DIR}/resources/org.socketlab.SocketLab.metainfo.xml"
               "${SOCKETLAB_GENERATED_DIR}/org.socketlab.SocketLab.metainfo.xml" @ONLY)
install(FILES "${SOCKETLAB_GENERATED_DIR}/org.socketlab.SocketLab.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

find_program(SOCKETLAB_GZIP gzip REQUIRED)
set(socketlab_compressed)
foreach(page socketlab.1 socketlab-cli.1)
    configure_file("${SOCKETLAB_PACKAGING_DIR}/man/${page}" "${SOCKETLAB_GENERATED_DIR}/${page}" @ONLY)
    list(APPEND socketlab_compressed "${SOCKETLAB_GENERATED_DIR}/${page}")
endforeach()
# A native package (no Debian revision): the changelog is changelog.gz.
configure_file("${SOCKETLAB_PACKAGING_DIR}/changelog" "${SOCKETLAB_GENERATED_DIR}/changelog" @ONLY)
list(APPEND socketlab_compressed "${SOCKETLAB_GENERATED_DIR}/changelog")
set(socketlab_gzipped)
foreach(file IN LISTS socketlab_compressed)
    add_custom_command(OUTPUT "${file}.gz"
        COMMAND "${SOCKETLAB_GZIP}" -9 -n -c "${file}" > "${file}.gz"
        DEPENDS "${file}" VERBATIM)
    list(APPEND socketlab_gzipped "${file}.gz")
endforeach()
add_custom_target(socketlab_packaging_files ALL DEPENDS ${socketlab_gzipped})
install(FILES "${SOCKETLAB_GENERATED_DIR}/socketlab.1.gz" "${SOCKETLAB_GENERATED_DIR}/socketlab-cli.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${SOCKETLAB_GENERATED_DIR}/changelog.gz" "${SOCKETLAB_PACKAGING_DIR}/copyright"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/socketlab")

# CPack: one Debian package with the dependencies dpkg-shlibdeps finds in the binaries.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "socketlab")
set(CPACK_PACKAGE_VENDOR "SocketLab contributors")
set(CPACK_PACKAGE_CONTACT "SocketLab contributors <socketlab@socketlab.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop network laboratory: TCP, UDP, remote commands, sticky packets")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# The extended description (the synopsis is the summary above); CPack indents each line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SocketLab is a tool for people who learn, teach and test sockets: a TCP\n"
    "server and client, a UDP peer, a remote-command console with an\n"
    "authenticated agent, and a packet visualizer that shows how TCP merges\n"
    "and splits sends and how framing restores message boundaries. The\n"
    "socketlab-cli command runs the same engine without a display. English and\n"
    "Simplified Chinese.")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so not seen by dpkg-shlibdeps: the platform plugins (xcb, offscreen).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-wqy-microhei")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
