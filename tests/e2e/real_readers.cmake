# The pinned seeds graph exported to every format and read by the programs
# its users open each with (tests/readers/): NetworkX, igraph and pandas
# (READERS=python), graphology-gexf, graphology-graphml, graphology and
# Cytoscape.js (READERS=js, installed by tests/readers/install_npm.sh into
# NPM_DIR in the build tree). Skipped, with a SKIPPED: line, only when the
# Python modules or node/npm are not installed; a failed npm install fails.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
run_dyad(r export ${GOLDEN}/seeds.json -o ${WORK}/seeds.json -o ${WORK}/seeds.graphml -o ${WORK}/seeds.gexf
         -o ${WORK}/seeds.cyjs -o ${WORK}/seeds.csv -o ${WORK}/seeds.graphology.json --quiet)
run_dyad(m export ${GOLDEN}/seeds.json -o ${WORK}/seeds-mixed.graphml --graphml-edges mixed --quiet)
run_dyad(s export ${GOLDEN}/seeds.json -o ${WORK}/series.csv --by month --quiet)
expect_equal("exit codes" "000" "${r_CODE}${m_CODE}${s_CODE}")
set(READERS_DIR ${SOURCE}/tests/readers)
if(READERS STREQUAL "python")
  execute_process(COMMAND /usr/bin/python3 -c "import networkx, igraph, pandas" RESULT_VARIABLE missing
                  OUTPUT_QUIET ERROR_QUIET)
  if(missing)
    message("SKIPPED: /usr/bin/python3 lacks networkx, igraph or pandas (scripts/deps.sh installs them)")
    return()
  endif()
  set(command /usr/bin/python3 ${READERS_DIR}/python_readers.py ${WORK})
else()
  execute_process(COMMAND ${READERS_DIR}/install_npm.sh ${NPM_DIR} RESULT_VARIABLE code OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(code EQUAL 77)
    message("${err}")
    return()
  endif()
  expect_equal("npm install of the readers (${out}${err})" "0" "${code}")
  set(command ${CMAKE_COMMAND} -E env NODE_PATH=${NPM_DIR}/node_modules node ${READERS_DIR}/js_readers.js ${WORK})
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
expect_equal("${READERS} readers of the seeds exports" "0" "${code}")
