#pragma once
/// \file text_util.h
/// Text helpers shared by the exporters: UTF-8 repair, IRI percent-encoding,
/// XML 1.0 escaping, language tags and locale-free number formatting.
///
/// Every function is pure and thread-safe.

#include <cstdint>
#include <string>
#include <string_view>

namespace khabar::exporters {

/// `s` as valid UTF-8: every ill-formed sequence becomes U+FFFD and U+0000 is
/// dropped (no format can carry it through C-string APIs and XML).
std::string valid_utf8(std::string_view s);

/// `s` as an RDF lexical form every khabar serialisation can carry, RDF/XML
/// included: `valid_utf8(s)` without the characters XML 1.0 forbids
/// (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF). Tab, LF
/// and CR are kept. So N-Triples, Turtle, JSON-LD and RDF/XML hold the same
/// literals.
std::string rdf_text(std::string_view s);

/// True when `rdf_text(s) == s` (checked without building a copy).
bool is_rdf_text(std::string_view s);

/// `s` made safe inside an IRI reference: every byte that is not part of a
/// valid UTF-8 sequence, every ASCII control, space, `<>"{}|^`\`, every code
/// point outside RFC 3987 `ucschar` (and the bidi formatting marks it forbids)
/// and every `%` not followed by two hex digits is percent-encoded. Other
/// characters, including `#`, `/` and `:`, are kept, except a final `.`, which
/// becomes `%2E` (a prefixed name in Turtle cannot end with a dot).
///   percent_encode_iri("a b<c>") == "a%20b%3Cc%3E"
std::string percent_encode_iri(std::string_view s);

/// True when `s` starts with an absolute IRI's `scheme://` (or is a `urn:`).
bool has_hierarchical_scheme(std::string_view s);

/// `raw` as an absolute IRI: percent-encoded, and, when it has no
/// `scheme://`, resolved by prefixing `base` (itself percent-encoded).
std::string absolute_iri(std::string_view raw, std::string_view base);

/// A BCP 47 language tag in lower case ("ar", "en-gb", "ar-latn-t-ar"), or ""
/// when `tag` is not a well-formed `alpha{1,8}(-alnum{1,8})*` tag.
std::string normalise_language(std::string_view tag);

/// True when `s` is a date `YYYY-MM-DD` with a month 01-12 and a day that
/// exists in that month.
bool is_iso_date(std::string_view s);

/// `value` as an `xsd:decimal` lexical form with 2 or 3 decimals, whatever the
/// locale: 0.9 -> "0.90", 0.875 -> "0.875", 1 -> "1.00". Non-finite values
/// give "0.00".
std::string format_decimal(double value);

/// `s` as XML 1.0 character data or attribute content: repaired UTF-8, with
/// `& < > " '` escaped, CR written as `&#13;` and the characters XML 1.0
/// forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF and
/// unpaired surrogates) removed.
std::string xml_escape(std::string_view s);

/// 64-bit FNV-1a hash of `s`.
uint64_t fnv1a_64(std::string_view s);

/// `v` as 16 lower-case hex digits.
std::string hex16(uint64_t v);

}  // namespace khabar::exporters
