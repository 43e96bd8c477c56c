# Install rules and the Debian package (make install, make package).
# Layout under the prefix: bin/boardpack, lib/boardpack/boardpack-png.so (found relative to the
# program, src/app/install_paths.cpp), share/boardpack/{fonts,examples}, share/man/man1.
include(GNUInstallDirs)

install(TARGETS boardpack RUNTIME DESTINATION bin)
# lib/boardpack, not CMAKE_INSTALL_LIBDIR: the program looks in ../lib/boardpack on every
# architecture.
install(TARGETS bp_png_module LIBRARY DESTINATION lib/boardpack)
install(TARGETS boardpack-mail RUNTIME DESTINATION lib/boardpack)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/fonts/ DESTINATION share/boardpack/fonts
        FILES_MATCHING PATTERN "*.ttf" PATTERN "LICENSE*" PATTERN "README.md")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/layouts/ DESTINATION share/boardpack/examples/layouts
        FILES_MATCHING PATTERN "*.xml" PATTERN "*.ini")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION share/boardpack/examples/data
        FILES_MATCHING PATTERN "*.csv" PATTERN "README.md" PATTERN "tools" EXCLUDE)
# Debian installs man pages gzipped (-n: no name or time stamp, so the .deb is reproducible).
find_program(GZIP_PROGRAM gzip REQUIRED)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/boardpack.1.gz
                   COMMAND ${GZIP_PROGRAM} -9n -c ${PROJECT_SOURCE_DIR}/docs/boardpack.1 >
                           ${PROJECT_BINARY_DIR}/boardpack.1.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/docs/boardpack.1)
add_custom_target(man_page ALL DEPENDS ${PROJECT_BINARY_DIR}/boardpack.1.gz)
install(FILES ${PROJECT_BINARY_DIR}/boardpack.1.gz DESTINATION share/man/man1)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/boardpack.bash-completion
        DESTINATION share/bash-completion/completions RENAME boardpack)
# Debian wants the copyright file in share/doc/PACKAGE: the project's statement, then the
# fonts' licence (fonts/LICENSE-LiberationSans.txt, DEP-5 already) with its Files: narrowed.
file(READ ${PROJECT_SOURCE_DIR}/fonts/LICENSE-LiberationSans.txt FONT_LICENSE)
string(REGEX REPLACE "^Format:[^\n]*\nUpstream-Name:[^\n]*\nSource:[^\n]*\n\n" ""
       FONT_LICENSE "${FONT_LICENSE}")
# The Debian packaging stanza of fonts-liberation2 (Files: debian/*) is not about the fonts.
string(REGEX REPLACE "\nFiles: debian/.*$" "\n" FONT_LICENSE "${FONT_LICENSE}")
string(REPLACE "Files: *" "Files: usr/share/boardpack/fonts/*" FONT_LICENSE "${FONT_LICENSE}")
set(FONTS_COMMENT "The fonts it ships\n (usr/share/boardpack/fonts) are Liberation Sans 2.1.5 under the SIL Open Font\n License 1.1, whose terms follow.")
configure_file(${PROJECT_SOURCE_DIR}/packaging/copyright.in ${PROJECT_BINARY_DIR}/copyright @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/copyright DESTINATION share/doc/boardpack)

# make package: one .deb, its Depends worked out by dpkg-shlibdeps from the program and the
# preview module (libhpdf, cairo, freetype, libstdc++ …), plus fonts-liberation2: the package
# ships no copy of the fonts (lintian: duplicate-font-file) and the program finds them in
# /usr/share/fonts/truetype/liberation2 (src/app/install_paths.cpp). Checked by lintian in
# scripts/check-deb-install.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME boardpack)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# A native package (the project packages itself; no Debian revision), so its Debian changelog
# is share/doc/boardpack/changelog.gz (lintian). A version ending in -1 with one changelog entry
# would be taken for a first upload to Debian, which closes an ITP bug.
set(BOARDPACK_MAINTAINER "boardpack maintainers <boardpack@example.org>")
set(CPACK_PACKAGE_CONTACT "${BOARDPACK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "turns a layout and indicator data into a tagged, archival PDF board report")
# The extended description: lines of at most 80 characters (lintian).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "boardpack turns a layout (XML, with an INI theme) and indicator data (CSV)\n\
into a paginated, navigable PDF board report (tagged PDF/UA-1 and PDF/A-2b)\n\
with PNG previews.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS fonts-liberation2)
# dpkg-shlibdeps must see the module's private dependencies too (it is not linked by the program).
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The Debian changelog (gzip -9n: reproducible), and the copyright file without the fonts'
# licence (the package ships no fonts); packaging/deb_staging.cmake puts them in place.
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${PROJECT_BINARY_DIR}/deb/changelog
               @ONLY)
set(FONT_LICENSE "")
set(FONTS_COMMENT "Its fonts (Liberation Sans)\n come from the package fonts-liberation2.")
configure_file(${PROJECT_SOURCE_DIR}/packaging/copyright.in ${PROJECT_BINARY_DIR}/deb/copyright
               @ONLY)
set(CPACK_BOARDPACK_DEB_DIR ${PROJECT_BINARY_DIR}/deb)
set(CPACK_BOARDPACK_GZIP ${GZIP_PROGRAM})
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/deb_staging.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/deb_no_ldconfig.cmake)
include(CPack)
