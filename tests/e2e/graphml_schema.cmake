# The seeds GraphML validates against the GraphML schema with Gephi's edge
# label extension (skipped when the shared schemas or xmllint are absent).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
find_program(XMLLINT xmllint)
if(NOT XMLLINT OR NOT EXISTS ${SCHEMAS}/graphml/graphml+gephi-edge-label.xsd)
  message(STATUS "skipped: xmllint or ${SCHEMAS} not available")
  return()
endif()
file(MAKE_DIRECTORY ${WORK})
run_dyad(r build seeds -o ${WORK}/seeds.graphml --quiet)
expect_equal("exit code" "0" "${r_CODE}")
execute_process(COMMAND ${XMLLINT} --noout --nonet --schema ${SCHEMAS}/graphml/graphml+gephi-edge-label.xsd
                        ${WORK}/seeds.graphml
                RESULT_VARIABLE code ERROR_VARIABLE err)
expect_equal("xmllint on seeds.graphml" "0" "${code}")
