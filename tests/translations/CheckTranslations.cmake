# Fails when a user-visible string in app/ or ui/ has no Japanese translation.
# Runs lupdate on a copy of hoshu_ja.ts so the source tree is not touched.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/hoshu_ja_check.ts")
configure_file("${SOURCE_DIR}/translations/hoshu_ja.ts" "${copy}" COPYONLY)
execute_process(
  COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h
          "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" -ts "${copy}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
if(count GREATER 0)
  string(REPLACE ";" "\n" lines "${missing}")
  message(FATAL_ERROR "${count} of ${total} strings have no Japanese translation; run the hoshu_update_translations target and translate them in translations/hoshu_ja.ts:\n${lines}")
endif()
message(STATUS "translations: ${total} strings, all translated into Japanese")
