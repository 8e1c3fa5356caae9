#pragma once
/// \file mention.h
/// `Mention`: a stretch of an article that names (or refers back to) an
/// entity, with what the recogniser learnt about it.

#include <cstdint>
#include <string>
#include <vector>

namespace khabar::mentions {

/// How a mention was found.
enum class MentionKind : uint8_t {
  kKb,          ///< a knowledge-base label
  kAdjective,   ///< a nationality adjective (الصيني): refers to a country
  kTitled,      ///< a person named after a title (وزير الخارجية ... NAME)
  kPhrase,      ///< an organisation, event, document or initiative phrase
  kBackRef,     ///< a back reference (a surname alone, الاجتماع)
};

/// Invariants: tokens [begin, end) hold the whole phrase (titles included);
/// [label_begin, label_end) ⊆ [begin, end) hold the name; `label_skip` bytes
/// of the first label token are a clitic, not part of the name.
struct Mention {
  uint32_t begin = 0, end = 0;
  uint32_t label_begin = 0, label_end = 0;
  uint32_t label_skip = 0;
  uint32_t sentence = 0;
  MentionKind kind = MentionKind::kKb;
  std::string cls;     ///< ontology class local name ("Country", "Meeting")
  std::string coarse;  ///< Person Place Organization Event Document Initiative
  int32_t kb = -1;     ///< knowledge-base entity index, or -1
  std::string label;   ///< the name as written (clitics removed)
  std::string alt_label; ///< another form of the name (title and a one-word name)
  std::string label_en;  ///< an English label composed from the phrase, if any
  std::string identity;  ///< what makes two mentions one entity (see recognizer)
  bool conj = false;     ///< the first token carries a conjunction (وكمبوديا)
  uint8_t prep = 0;      ///< `CliticFlag` preposition on the first token
  int32_t parent = -1;   ///< the mention this one is nested in, or -1
  int32_t office_of = -1;  ///< kTitled: the country/organisation of the office
  int32_t title = -1;      ///< the (last) office title before or after the name: titles.tsv index
  std::string office_rule; ///< rule id of that officialOf reading
  /// kTitled with no office_of: the knowledge-base state (a state news
  /// agency's) whose office a bare state title is (وزير الدفاع X in واس), or -1
  int32_t office_state = -1;
  int32_t part_of = -1;    ///< kPhrase organisation: the body it belongs to
  int32_t complement = -1; ///< kPhrase event/document: the named complement
  int32_t issued_by = -1;  ///< kPhrase document named after an event (إعلان قمة X): the event
  int32_t session_of = -1; ///< kPhrase event: the event it is a session of (الدورة الـ13 للاجتماع ...)
  int32_t event_of = -1;   ///< kPhrase event named by its city: the organisation after it (قمة بكين لمنتدى ...)
  int32_t located_in = -1; ///< kKb city: the country right after it with ب (دافوس بسويسرا)
  uint32_t ordinal = 0;    ///< events: the ordinal (9 for التاسع)
  uint32_t number = 0;     ///< documents: the number that names one (القرار 1701)
  uint32_t number_session = 0;  ///< ... and the session it is of (القرار 79/81: 79)
  /// documents, events and bodies: the first token of the topic or purpose after the head
  /// (مذكرة تفاهم للتعاون في مجال الدفاع), 0 when none; `topic_kind`: the
  /// words name its kind instead (اتفاق وقف إطلاق النار: Ceasefire Agreement)
  uint32_t topic = 0;
  bool topic_kind = false;
  std::string period;  ///< documents: the years they cover (للفترة 2025-2027: "2025-2027")
  uint32_t period_begin = 0;  ///< documents: the first token of the years (0: none); the topic ends before it
  /// the first word's ل took the article with it (للجنة الحكومية: ل +
  /// اللجنة): the label gets the article back
  bool hidden_article = false;
  bool party = false;  ///< nested in a document named by its parties (اتفاقية بين X وY)
  /// kPhrase organisation named by its words alone, or event of no named
  /// complement, followed by بين البلدين (between the two countries): the
  /// article's two sides are its states, or its parties
  bool between_sides = false;
  /// kPhrase event of "their" (اجتماعهم): the token where those who meet
  /// are named before it (وزراء خارجية), -1 when none
  int32_t participants_at = -1;
  int32_t named_after = -1;  ///< events named by a KB name (قمة الصين-آسيا الوسطى): its entity
  int32_t entity = -1;     ///< filled by the entities stage
};

}  // namespace khabar::mentions
