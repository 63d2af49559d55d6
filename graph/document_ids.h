#pragma once
// Document identities: an article is its text (the content hash); its id is
// a name for people. Two different texts with one id both keep their
// evidence under ids made distinct by their hashes ("001@<hash>").
#include <string>

namespace dyad::graph {

// "id@content_hash": the id a document takes when another text shares its id.
std::string QualifiedDocumentId(const std::string& id, const std::string& content_hash);

// The id a document was read with: `id` without a "@content_hash" suffix.
std::string BaseDocumentId(const std::string& id, const std::string& content_hash);

}  // namespace dyad::graph
