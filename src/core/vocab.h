#pragma once
/// \file vocab.h
/// Namespace IRIs shared by the pipeline and every exporter. They must match
/// ontology/khabar.ttl; never type these by hand elsewhere.

#include <string_view>

namespace khabar::vocab {

inline constexpr std::string_view kKh = "https://w3id.org/khabar/ontology#";
inline constexpr std::string_view kDefaultBase = "https://w3id.org/khabar/resource/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kWd = "http://www.wikidata.org/entity/";
inline constexpr std::string_view kGeonames = "https://sws.geonames.org/";

}  // namespace khabar::vocab
