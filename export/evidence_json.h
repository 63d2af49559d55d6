#pragma once
// Internal to dyad_export (includes RapidJSON): the evidence object's fields,
// shared by EvidenceToJsonLine and WriteJson so the two never drift apart.
#include <string>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/evidence.h"

namespace dyad::exporters {

using JsonLineWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using JsonPrettyWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// Writes s as a JSON string; invalid UTF-8 (which JSON cannot carry) becomes U+FFFD.
template <typename Writer>
void WriteJsonString(Writer* writer, const std::string& s);

// Writes one evidence object, fields in the documented order.
template <typename Writer>
void WriteEvidence(Writer* writer, const extract::Evidence& evidence);

extern template void WriteJsonString(JsonLineWriter*, const std::string&);
extern template void WriteJsonString(JsonPrettyWriter*, const std::string&);
extern template void WriteEvidence(JsonLineWriter*, const extract::Evidence&);
extern template void WriteEvidence(JsonPrettyWriter*, const extract::Evidence&);

}  // namespace dyad::exporters
