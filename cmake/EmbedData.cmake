# newsgraph_embed_files(OUTPUT <cpp> [FUNCTION <name>] FILES <name=path>...)
# Compiles data files into the binary so that newsgraph runs without a data
# folder. Each file becomes a byte array; `embedded_data()` (or the FUNCTION
# named, for another set of files) lists them by name.
function(newsgraph_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;FUNCTION" "FILES" ${ARGN})
  if(NOT ARG_FUNCTION)
    set(ARG_FUNCTION embedded_data)
  endif()
  set(script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedDataScript.cmake")
  set(depends "")
  set(pairs "")
  foreach(entry IN LISTS ARG_FILES)
    string(REGEX REPLACE "=.*" "" name "${entry}")
    string(REGEX REPLACE "^[^=]*=" "" path "${entry}")
    list(APPEND depends "${path}")
    list(APPEND pairs "${name}=${path}")
  endforeach()
  string(REPLACE ";" "," pairs_arg "${pairs}")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DFUNCTION=${ARG_FUNCTION} "-DPAIRS=${pairs_arg}" -P "${script}"
    DEPENDS ${depends} "${script}"
    COMMENT "Embedding ${ARG_FUNCTION}"
    VERBATIM)
endfunction()
