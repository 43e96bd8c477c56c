# CPack pre-build script (cmake/install.cmake): the .deb's files before they are packed. The
# package ships no fonts (it depends on fonts-liberation2; lintian: duplicate-font-file), so
# share/boardpack/fonts and the fonts' licence in the copyright file go; the Debian changelog
# of this native package (changelog.gz), gzipped without name or time (reproducible), comes in.
set(root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
if(NOT EXISTS "${root}/bin/boardpack")
  message(FATAL_ERROR "deb_staging.cmake: no ${root}/bin/boardpack")
endif()
file(REMOVE_RECURSE "${root}/share/boardpack/fonts")
set(doc "${root}/share/doc/boardpack")
file(COPY_FILE "${CPACK_BOARDPACK_DEB_DIR}/copyright" "${doc}/copyright")
execute_process(COMMAND "${CPACK_BOARDPACK_GZIP}" -9n -c "${CPACK_BOARDPACK_DEB_DIR}/changelog"
                OUTPUT_FILE "${doc}/changelog.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "deb_staging.cmake: gzip failed")
endif()
