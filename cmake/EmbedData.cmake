# newsgraph_embed_files(OUTPUT <cpp> FILES <name=path>...)
# Compiles data files into the binary so that newsgraph runs without a data
# folder. Each file becomes a byte array; `embedded_data()` lists them by name.
function(newsgraph_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT" "FILES" ${ARGN})
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
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} "-DPAIRS=${pairs_arg}" -P "${script}"
    DEPENDS ${depends} "${script}"
    COMMENT "Embedding lexicon data"
    VERBATIM)
endfunction()
