# CPack post-build script (cmake/install.cmake): CPack adds postinst and postrm scripts that
# run ldconfig whenever a shared object lies in usr/lib/*/, here the preview module
# usr/lib/boardpack/boardpack-png.so, which is loaded by path (dlopen) and needs no ldconfig
# (lintian: maintscript-calls-ldconfig). The package is unpacked, the two scripts removed and
# the package built again with dpkg-deb, owned by root.
foreach(deb IN LISTS CPACK_PACKAGE_FILES)
  set(dir "${deb}.unpacked")
  file(REMOVE_RECURSE "${dir}")
  execute_process(COMMAND dpkg-deb -R "${deb}" "${dir}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "deb_no_ldconfig.cmake: dpkg-deb -R ${deb} failed")
  endif()
  file(REMOVE "${dir}/DEBIAN/postinst" "${dir}/DEBIAN/postrm")
  execute_process(COMMAND dpkg-deb --root-owner-group -b "${dir}" "${deb}"
                  OUTPUT_QUIET RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "deb_no_ldconfig.cmake: dpkg-deb -b ${dir} failed")
  endif()
  file(REMOVE_RECURSE "${dir}")
endforeach()
