# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts where, and the Debian package CPack makes of it
# (`cpack -G DEB` in a Release build). The programs install themselves in app/.
include(GNUInstallDirs)

set(MMULAB_APP_ID io.github.mmulab)
set(_res ${PROJECT_SOURCE_DIR}/resources)

if(MMULAB_BUILD_GUI)
  # Desktop integration: the launcher, its icon, AppStream metadata and the lesson file type.
  install(FILES ${_res}/mmulab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
          RENAME ${MMULAB_APP_ID}.desktop)
  install(FILES ${_res}/icons/mmulab.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${MMULAB_APP_ID}.svg)
  install(FILES ${_res}/${MMULAB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${_res}/mmulab-lesson.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
          RENAME ${MMULAB_APP_ID}.xml)
endif()
# The programs carry lessons and presets inside them; the files are installed as well, to
# read, copy and change (mmulab --lesson FILE, mmulab-cli --machine FILE).
install(DIRECTORY ${_res}/lessons/ DESTINATION ${CMAKE_INSTALL_DATADIR}/mmulab/lessons
        FILES_MATCHING PATTERN "*.mmulab")
install(DIRECTORY ${_res}/machines/ DESTINATION ${CMAKE_INSTALL_DATADIR}/mmulab/machines
        FILES_MATCHING PATTERN "*.json")
# The licence as Debian packages state it (machine-readable, pointing at common-licenses/GPL-3).
install(FILES ${_res}/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Manual pages and the package's changelog, compressed as Debian wants them (gzip -9n: the
# most compression, no name or time stamp, so that the package is reproducible).
find_program(MMULAB_GZIP gzip)
if(MMULAB_GZIP)
  set(_docs man/mmulab-cli.1 debian/changelog)
  if(MMULAB_BUILD_GUI)
    list(APPEND _docs man/mmulab.1)
  endif()
  set(_compressed)
  foreach(source IN LISTS _docs)
    get_filename_component(name ${source} NAME)
    set(gz ${PROJECT_BINARY_DIR}/compressed/${name}.gz)
    add_custom_command(OUTPUT ${gz}
      COMMAND ${CMAKE_COMMAND} -E copy ${_res}/${source} ${PROJECT_BINARY_DIR}/compressed/${name}
      COMMAND ${MMULAB_GZIP} -9nf ${PROJECT_BINARY_DIR}/compressed/${name}
      DEPENDS ${_res}/${source} VERBATIM)
    list(APPEND _compressed ${gz})
  endforeach()
  add_custom_target(mmulab_compressed_docs ALL DEPENDS ${_compressed})
  foreach(gz IN LISTS _compressed)
    if(gz MATCHES "changelog")
      install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_DOCDIR})
    else()
      install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
  endforeach()
endif()

set(CPACK_PACKAGE_NAME mmulab)
set(CPACK_PACKAGE_VENDOR "The mmulab authors")
set(CPACK_PACKAGE_CONTACT "The mmulab authors <mmulab@users.noreply.github.com>")
# Debian's synopsis starts without an article.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop laboratory for virtual memory address translation")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/mmulab/mmulab")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Description lines stay under 80 columns.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Step through virtual memory address translation: the address cut into index\n\
fields, TLB lookups, every page-walk level, hugepages, page faults and their\n\
handling, and the cycles each step costs. With prepared lessons, a\n\
presentation mode for lectures, annotations, and PNG/SVG/PDF figures for\n\
course notes (also without a display).")
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev): libc6, libstdc++6,
# libgcc-s1 and libqt6{core,gui,widgets,charts,svg}6. Qt loads plugins at run time, where
# shlibdeps cannot see them; those mmulab needs come with the libraries it links: the xcb and
# offscreen platforms with libqt6gui6, the SVG icon engine (the window icon) with libqt6svg6.
# Wayland sessions want qt6-wayland; qt6-qpa-plugins holds only VNC and TUIO, nothing of ours.
# tests/check_package.cmake (ctest -L Package) checks the Depends and runs the package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Chinese translation needs CJK glyphs; Qt's own dialogs and buttons take their
# translations from qt6-translations-l10n (ours are built into the program).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
