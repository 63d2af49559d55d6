#pragma once
// Internal to dyad_export (includes RapidJSON): the evidence object as the
// pretty-printed files (WriteJson, Cytoscape, diff) hold it: on one line,
// byte for byte the JSON Lines record `dyad extract` prints for it
// (AppendEvidenceJsonLine), so that a record can be grepped, diffed and
// compared line by line. Documents are one line each too.
#include <cstddef>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

#include <rapidjson/prettywriter.h>

#include "export/presentation.h"
#include "extract/evidence.h"
#include "graph/graph.h"

namespace dyad::exporters {

// A RapidJSON output stream that hands the std::ostream large blocks:
// rapidjson::OStreamWrapper puts one character at a time, each through the
// ostream's sentry, which was the largest cost of writing a big graph.
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) {}
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;
  ~BufferedOStream() { Flush(); }

  void Put(char c) {
    if (used_ == sizeof buffer_) Flush();
    buffer_[used_++] = c;
  }
  // Bytes in one block, as Put would put them one at a time.
  void Write(const char* bytes, std::size_t size) {
    if (size > sizeof buffer_ - used_) {
      Flush();
      if (size > sizeof buffer_) {
        out_.write(bytes, static_cast<std::streamsize>(size));
        return;
      }
    }
    std::memcpy(buffer_ + used_, bytes, size);
    used_ += size;
  }
  void Flush() {
    out_.write(buffer_, static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  std::ostream& out_;
  std::size_t used_ = 0;
  char buffer_[1 << 16];
};

// RapidJSON's PrettyWriter, taking objects formatted elsewhere in one block.
class JsonPrettyWriter : public rapidjson::PrettyWriter<BufferedOStream> {
 public:
  using PrettyWriter::PrettyWriter;
  // RawValue, with the bytes copied in one block: RapidJSON's own
  // transcodes them a character at a time.
  void RawBlock(const char* json, std::size_t length, rapidjson::Type type) {
    PrettyPrefix(type);
    os_->Write(json, length);
  }
  // Bytes that go on with the value RawBlock began: more members of the
  // same array, each with its own ",\n" and indentation.
  void RawContinue(const char* json, std::size_t length) { os_->Write(json, length); }
  std::string scratch;  // WriteEvidence's and WriteDocument's buffer, reused
};

// Writes s as a JSON string; invalid UTF-8 (which JSON cannot carry) becomes U+FFFD.
template <typename Writer>
void WriteJsonString(Writer* writer, const std::string& s);
// The same bytes, appended to *out.
void AppendJsonString(std::string_view s, std::string* out);

// Hints the cache to fetch what writing `e` will read: the blocks of its
// shared texts, then (once those are in) the texts' bytes and the sentence.
inline void PrefetchSharedBlocks(const extract::Evidence& e) {
  for (const extract::SharedText* t : {&e.doc_id, &e.doc_title, &e.doc_url, &e.doc_date, &e.event_date}) {
    __builtin_prefetch(t->identity());
  }
  __builtin_prefetch(e.sentence.data());
}
inline void PrefetchTexts(const extract::Evidence& e) {
  for (const extract::SharedText* t : {&e.doc_id, &e.doc_title, &e.doc_url}) __builtin_prefetch(t->str().data());
}

// Writes one evidence object, fields in the documented order, on one line.
void WriteEvidence(JsonPrettyWriter* writer, const extract::Evidence& evidence);

// Writes one document object (id, title, url, date, lang, content_hash,
// source) on one line.
void WriteDocument(JsonPrettyWriter* writer, const graph::DocumentInfo& doc);

extern template void WriteJsonString(JsonPrettyWriter*, const std::string&);

// "key": "value", "key": 12 and "key": 10.00 (a number already formatted,
// so that the bytes are the same on every machine), as every JSON export
// writes its fields.
inline void Field(JsonPrettyWriter* w, const char* key, const std::string& value) {
  w->Key(key);
  WriteJsonString(w, value);
}

inline void IntField(JsonPrettyWriter* w, const char* key, int value) {
  w->Key(key);
  w->Int(value);
}

inline void NumberField(JsonPrettyWriter* w, const char* key, const std::string& value) {
  w->Key(key);
  w->RawValue(value.data(), value.size(), rapidjson::kNumberType);
}

// An edge's CAMEO root, PLOVER category and Goldstein score (a number, or null).
inline void WriteCameo(JsonPrettyWriter* w, const CameoAttributes& cameo) {
  Field(w, "root", cameo.root);
  Field(w, "plover", cameo.plover);
  if (cameo.goldstein.empty()) {
    w->Key("goldstein");
    w->Null();
  } else {
    NumberField(w, "goldstein", cameo.goldstein);
  }
}

}  // namespace dyad::exporters
