# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a clean machine gets it (issue 8): runs CPack in the build tree BUILD
# (into OUT, so a `cpack` of one's own is left alone), then checks the control file's Depends
# (from dpkg-shlibdeps) names every library package the programs load, checks the files land
# where Debian looks for them, and runs both programs from the unpacked package.
# Variables: CPACK, DPKG_DEB, BUILD, OUT, SOURCE (the source tree, for its lessons and presets).
cmake_minimum_required(VERSION 3.25)

function(fail what)
  message(FATAL_ERROR "package: ${what}")
endfunction()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    fail("${command} exited with ${rc}:\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${OUT}")
run(${CPACK} -G DEB -B "${OUT}" --config "${BUILD}/CPackConfig.cmake")
if("${out}${err}" MATCHES "Using only user-provided")
  fail("dpkg-shlibdeps did not run, so Depends lists no libraries:\n${out}${err}")
endif()
file(GLOB debs "${OUT}/*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  fail("cpack made ${n} .deb files in ${OUT}, not one")
endif()

# Depends: every package whose shared libraries mmulab and mmulab-cli load (ldd → dpkg -S).
# libqt6svg6 also brings the SVG icon engine that draws the window icon.
run(${DPKG_DEB} -f ${debs} Depends)
string(STRIP "${out}" depends)
string(REGEX REPLACE " \\([^)]*\\)" "" names "${depends}") # "libc6 (>= 2.34), …" → "libc6, …"
string(REPLACE ", " ";" names "${names}")
foreach(package IN ITEMS libc6 libstdc++6 libgcc-s1 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6)
  if(NOT package IN_LIST names)
    fail("Depends lacks ${package}: ${depends}")
  endif()
endforeach()
if(depends MATCHES "libasan|libubsan")
  fail("Depends names a sanitizer runtime, this is an instrumented build: ${depends}")
endif()

# Files, at the paths the desktop, AppStream, the MIME database and the icon theme read.
run(${DPKG_DEB} -c ${debs})
set(listing "${out}")
set(expected
  usr/bin/mmulab usr/bin/mmulab-cli
  usr/share/applications/io.github.mmulab.desktop
  usr/share/metainfo/io.github.mmulab.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/io.github.mmulab.svg
  usr/share/mime/packages/io.github.mmulab.xml
  usr/share/doc/mmulab/copyright usr/share/doc/mmulab/changelog.gz
  usr/share/man/man1/mmulab.1.gz usr/share/man/man1/mmulab-cli.1.gz)
file(GLOB lessons RELATIVE "${SOURCE}/resources/lessons" "${SOURCE}/resources/lessons/*.mmulab")
file(GLOB machines RELATIVE "${SOURCE}/resources/machines" "${SOURCE}/resources/machines/*.json")
list(TRANSFORM lessons PREPEND usr/share/mmulab/lessons/)
list(TRANSFORM machines PREPEND usr/share/mmulab/machines/)
foreach(path IN LISTS expected lessons machines)
  string(REPLACE "+" "\\+" pattern "${path}")
  if(NOT listing MATCHES " \\./${pattern}\n")
    fail("the package has no ${path}:\n${listing}")
  endif()
endforeach()
if(listing MATCHES " \\./usr/local/|  \\./(etc|opt|home)/")
  fail("files outside /usr:\n${listing}")
endif()

# Run as installed, with only the system's libraries and the package's own files.
run(${DPKG_DEB} -x ${debs} "${OUT}/root")
set(root "${OUT}/root")
set(clean ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH --unset=QT_PLUGIN_PATH)
run(${clean} "${root}/usr/bin/mmulab-cli" translate --machine "${root}/usr/share/mmulab/machines/skylake.json"
    0x7fff12345678 0x7fff_a1b2_c3d4) # a fault, then a mapped page
if(NOT out MATCHES "segv fault.*physical address 0x")
  fail("mmulab-cli translate did not print a fault and a physical address:\n${out}")
endif()
run(${clean} QT_QPA_PLATFORM=offscreen "${root}/usr/bin/mmulab"
    --lesson "${root}/usr/share/mmulab/lessons/01-four-level-walk.mmulab" --step 4 --export "${OUT}/figure.png")
if(NOT EXISTS "${OUT}/figure.png")
  fail("mmulab --export wrote no figure")
endif()
run(${clean} QT_QPA_PLATFORM=offscreen "${root}/usr/bin/mmulab" --lesson 12 --export "${OUT}/bundled.svg")

list(LENGTH lessons nl)
list(LENGTH machines nm)
message(STATUS "${debs}: Depends: ${depends}; ${nl} lessons and ${nm} machine presets; both programs run")
