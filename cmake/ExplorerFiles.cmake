# The files of the explorer page (graph.html, src/lib/export/html.cpp),
# compiled into the library apart from its data files (`explorer_files()`,
# not `embedded_data()`): the page's own template, script and style from
# web/explorer/, and Cytoscape.js as npm installed it there from the
# committed package-lock.json (scripts/setup.sh runs `npm ci`). The library's
# minified file begins with its licence notice, which the page keeps.
set(EXPLORER_DIR "${PROJECT_SOURCE_DIR}/web/explorer")
set(CYTOSCAPE_JS "${EXPLORER_DIR}/node_modules/cytoscape/dist/cytoscape.min.js")
if(NOT EXISTS "${CYTOSCAPE_JS}")
  message(FATAL_ERROR "Cytoscape.js is missing (${CYTOSCAPE_JS}); run scripts/setup.sh "
                      "(or: cd web/explorer && npm ci)")
endif()
file(GLOB explorer_paths CONFIGURE_DEPENDS "${EXPLORER_DIR}/*.html" "${EXPLORER_DIR}/*.js" "${EXPLORER_DIR}/*.css")
list(SORT explorer_paths)
set(explorer_files "cytoscape.min.js=${CYTOSCAPE_JS}")
foreach(path IN LISTS explorer_paths)
  get_filename_component(name "${path}" NAME)
  list(APPEND explorer_files "${name}=${path}")
endforeach()
newsgraph_embed_files(OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/embedded_explorer.cpp" FUNCTION explorer_files FILES ${explorer_files})
target_sources(newsgraph_lib PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/embedded_explorer.cpp")
