# Writes OUT, a C++ source that holds each DIR/NAME.json of NAMES as a string, so the
# programs carry their machine presets and need no install path at run time.
set(_body "// Generated from resources/machines by model/embedpresets.cmake. Do not edit.\n#include \"presetdata.h\"\n\nnamespace mmu {\nnamespace {\nconstexpr PresetData presets[] = {\n")
foreach(_name IN LISTS NAMES)
  file(READ "${DIR}/${_name}.json" _json)
  string(FIND "${_json}" ")mmulabjson\"" _clash)
  if(NOT _clash EQUAL -1)
    message(FATAL_ERROR "${_name}.json contains the raw-string delimiter")
  endif()
  string(APPEND _body "    {\"${_name}\", R\"mmulabjson(${_json})mmulabjson\"},\n")
endforeach()
string(APPEND _body "};\n} // namespace\n\nstd::span<const PresetData> bundledPresets()\n{\n    return presets;\n}\n\n} // namespace mmu\n")
file(WRITE "${OUT}.tmp" "${_body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
