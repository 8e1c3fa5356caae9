#include "relate/engine.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/tsv.h"

namespace khabar::relate {

using lexicon::Match;
using lexicon::Table;
using mentions::Mention;
using mentions::MentionKind;
namespace fs = std::filesystem;

namespace {

/// Trigger classes of nouns end so (visit-noun, meeting-noun).
constexpr std::string_view kNounTriggerSuffix = "-noun";
/// The titles.tsv class of a counterpart's title (نظيره).
constexpr std::string_view kCounterpartTitleClass = "counterpart";
/// Bytes of a dual ending after a title's word (two Arabic letters).
constexpr size_t kDualEndingBytes = 4;

/// A folded word without the language's article (`article`, empty when the
/// language has none), when a stem is left.
std::string without_article(std::string w, const std::string& article) {
  if (!article.empty() && w.size() > article.size() + 2 && w.compare(0, article.size(), article) == 0) {
    w.erase(0, article.size());
  }
  return w;
}

/// Matching state for one sentence.
/// Words between a round and من (الجولة الثانية من).
constexpr uint32_t kMaxRoundWords = 2;

struct Sentence {
  const text::Document* doc;
  const mentions::Recognizer::Scratch* s;
  const lexicon::Resources* r;
  const std::vector<Mention>* ms;
  uint32_t begin, end;           ///< tokens
  std::vector<int32_t> top_at;   ///< token -> top-level mention starting there
  std::vector<int32_t> cover;    ///< token -> top-level mention covering it
  std::pair<int32_t, int32_t> pair{-1, -1};  ///< entities of the last metWith/spokeWith so far
  std::pair<int32_t, int32_t> pair_states{-1, -1};  ///< the two countries the pair holds office of
  int32_t prev_document = -1;  ///< the last top-level document mention of the sentences before
  int32_t prev_event = -1;     ///< ... and event mention
  int32_t dateline = -1;  ///< in the first sentence, the mention of the dateline's city (O:Dateline)
  std::vector<std::pair<int32_t, int32_t>> pairs;  ///< every pair of the article so far, in order
  const std::vector<entities::Entity>* ents = nullptr;
  /// Per entity, the first words of its titles (folded, without the
  /// article; "" for a counterpart): "the two ministers" are the last pair
  /// that both are ministers. Made when first asked for, once per article.
  mutable std::vector<std::vector<std::string>> title_heads;
  mutable bool title_heads_made = false;
  void make_title_heads() const;
  /// The pair a both-sides word at token t names (الوزيران: the last pair of
  /// two ministers), else the last pair.
  std::pair<int32_t, int32_t> pair_named_at(uint32_t t) const {
    if (t < begin) return pair;
    if (!title_heads_made) make_title_heads();
    const std::string word = without_article(std::string(doc->key(t)), r->clitics().article());
    // the dual is the title's word and a two-letter ending (وزير -> وزيران)
    auto holds = [&](int32_t e) {
      if (e < 0 || static_cast<size_t>(e) >= title_heads.size()) return false;
      for (const auto& head : title_heads[static_cast<size_t>(e)]) {
        if (head.empty()) return true;  // a counterpart
        if (word.size() > head.size() && word.size() <= head.size() + kDualEndingBytes &&
            word.compare(0, head.size(), head) == 0) {
          return true;
        }
      }
      return false;
    };
    for (auto it = pairs.rbegin(); it != pairs.rend(); ++it) {
      if (holds(it->first) && holds(it->second)) return *it;
    }
    return pair;
  }

  const Mention* mention_at(uint32_t t) const {
    if (t >= end) return nullptr;
    int32_t m = top_at[t - begin];
    return m < 0 ? nullptr : &(*ms)[static_cast<size_t>(m)];
  }
  int32_t mention_index(uint32_t t) const { return t < end ? top_at[t - begin] : -1; }
  bool covered(uint32_t t) const { return cover[t - begin] >= 0; }
  /// Matches of table `t` (triggers or function words, whose payload is
  /// their class id) at token i whose class is `cls`; returns ends.
  void class_matches(uint32_t i, Table t, int32_t cls, std::vector<uint32_t>& ends, uint8_t with_prep = 0) const {
    ends.clear();
    if (i >= end || cls < 0) return;
    for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
      const Match& m = s->matches[k];
      if (m.table == t && m.end <= end && m.payload == static_cast<uint32_t>(cls) &&
          (!with_prep || (m.flags & with_prep))) {
        ends.push_back(m.end);
      }
    }
  }
  /// True when tokens [a, b) open a quote or bracket that token b closes.
  bool unclosed(uint32_t a, uint32_t b) const {
    const std::string& closing = punct(b);
    if (closing != "quote" && closing != "close") return false;
    int quotes = 0, brackets = 0;
    for (uint32_t t = a; t < b; ++t) {
      const std::string& c = punct(t);
      if (c == "quote") ++quotes;
      else if (c == "open") ++brackets;
      else if (c == "close") --brackets;
    }
    return closing == "quote" ? quotes % 2 == 1 : brackets > 0;
  }
  int32_t and_class = -1;  ///< the class id of "and" (function.tsv)
  /// The end of the first function phrase of class `cls` at token i, or 0.
  uint32_t function_end(uint32_t i, int32_t cls) const {
    if (i >= end || cls < 0) return 0;
    for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
      const Match& m = s->matches[k];
      if (m.table == Table::kFunction && m.end <= end && m.payload == static_cast<uint32_t>(cls)) return m.end;
    }
    return 0;
  }
  std::vector<int32_t> frame_classes;  ///< classes of framing prepositions (في ختام، خلال، على هامش)
  int32_t in_class = -1;               ///< the class id of "in" (function.tsv)
  int32_t round_class = -1, from_class = -1;  ///< ... of "round" (الجولة) and "from"
  int32_t then_class = -1;             ///< ... of "then" (ثم: a conjunct follows)
  int32_t courtesy_class = -1;         ///< ... of courtesy phrases (حفظه الله)
  int32_t kin_class = -1;              ///< ... of courtesy words of kinship (وأخوه فخامة الرئيس X)
  /// When a courtesy phrase starts at token i, alone or set off by dashes
  /// (- حفظه الله -), the token after it; else 0.
  uint32_t courtesy_end(uint32_t i) const {
    if (courtesy_class < 0 || i >= end) return 0;
    uint32_t k = i;
    if (punct(k) == "joiner") ++k;
    if (k >= end || covered(k)) return 0;
    for (uint32_t m = s->first[k]; m < s->first[k + 1]; ++m) {
      const Match& x = s->matches[m];
      if (x.table != Table::kFunction || x.payload != static_cast<uint32_t>(courtesy_class) || x.end > end) continue;
      uint32_t q = x.end;
      if (q < end && punct(q) == "joiner") ++q;
      return q;
    }
    return 0;
  }
  /// When "in" (في) and a place or venue mention start at token i, the
  /// token after them; with `words` > 0, "in" and up to that many plain
  /// words instead (a place no list knows: في عين التينة); else 0.
  uint32_t place_phrase_end(uint32_t i, uint32_t words = 0) const {
    if (i + 1 >= end || in_class < 0 || covered(i)) return 0;
    for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
      const Match& m = s->matches[k];
      if (m.table != Table::kFunction || m.payload != static_cast<uint32_t>(in_class)) continue;
      if (words == 0) {
        const Mention* place = mention_at(m.end);
        if (place && (place->coarse == "Place" || place->cls == "Venue")) return place->end;
        continue;
      }
      uint32_t q = m.end;
      while (q < end && q < m.end + words && !covered(q) && !has_trigger(q) &&
             doc->tokens()[q].kind == text::TokenKind::kWord) {
        ++q;
      }
      if (q > m.end) return q;
    }
    return 0;
  }
  /// When a framing preposition starts at token i and an event or a
  /// trigger noun follows it (في ختام المباحثات، خلال الزيارة، على هامش
  /// القمة), the token after that noun; else 0. A gap steps over such a
  /// phrase as over a time word: ووقع الجانبان في ختام المباحثات اتفاقية.
  uint32_t frame_end(uint32_t i) const {
    if (i >= end || covered(i)) return 0;
    // الجولة الأولى من المفاوضات: a round of the event that follows
    if (const uint32_t round = function_end(i, round_class)) {
      for (uint32_t q = round, n = 0; q < end && n <= kMaxRoundWords; ++q, ++n) {
        if (const uint32_t from = function_end(q, from_class)) {
          const Mention* ev = mention_at(from);
          return ev && ev->coarse == "Event" ? from : 0;
        }
        if (covered(q) || doc->tokens()[q].kind != text::TokenKind::kWord) break;
      }
    }
    if (in_class >= 0 && i + 1 < end && !covered(i + 1)) {  // في ختام ...: the preposition first
      for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
        const Match& m = s->matches[k];
        if (m.table == Table::kFunction && m.payload == static_cast<uint32_t>(in_class) && m.end == i + 1) {
          if (uint32_t q = frame_end(i + 1)) return q;
        }
      }
    }
    for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
      const Match& m = s->matches[k];
      if (m.table != Table::kFunction || m.end >= end ||
          std::find(frame_classes.begin(), frame_classes.end(), static_cast<int32_t>(m.payload)) ==
              frame_classes.end()) {
        continue;
      }
      if (const Mention* ev = mention_at(m.end)) {
        if (ev->coarse == "Event") return ev->end;
      } else if (!covered(m.end) && has_trigger(m.end)) {
        return m.end + 1;
      }
    }
    return 0;
  }
  /// When token `comma` opens an insertion (، ... ،) of at most 8 tokens
  /// with no person and no trigger in it, the token after its closing
  /// comma; else 0.
  uint32_t insertion_end(uint32_t comma) const {
    for (uint32_t q = comma + 1; q < end && q <= comma + 9; ++q) {
      if (punct(q) == "comma") return q > comma + 1 ? q + 1 : 0;
      if (punct(q) == "stop") return 0;
      if (const Mention* m = mention_at(q); m && m->coarse == "Person") return 0;
      if (has_trigger(q) && !covered(q)) return 0;  // a trigger inside a name (على هامش القمة) is a noun
    }
    return 0;
  }
  /// True when a one-word trigger with the article ends right before
  /// token i (الاجتماع، اللقاء): a definite noun, not in the construct state.
  bool definite_noun_before(uint32_t i) const {
    if (i == 0 || i <= begin) return false;
    // an event phrase with the article (القمة الخليجية الخامسة والأربعين)
    if (int32_t c = cover[i - 1 - begin]; c >= 0) {
      const Mention& ev = (*ms)[static_cast<size_t>(c)];
      if (ev.coarse == "Event" && ev.end == i && ev.begin >= begin) {
        for (uint32_t k = s->first[ev.begin]; k < s->first[ev.begin + 1]; ++k) {
          const Match& m = s->matches[k];
          if (m.table == Table::kEventHead && (m.flags & lexicon::kArticle) && !m.listed_article) return true;
        }
      }
    }
    for (uint32_t k = s->first[i - 1]; k < s->first[i]; ++k) {
      const Match& m = s->matches[k];
      // (a word listed with its letters ال, such as التقى, is no noun with the article)
      if (m.table == Table::kTrigger && m.end == i && m.begin + 1 == i && (m.flags & lexicon::kArticle) &&
          !m.listed_article) {
        return true;
      }
    }
    return false;
  }
  /// When token `comma` opens an insertion of time words only (، الأحد،),
  /// the token after its closing comma; else 0.
  uint32_t time_insertion_end(uint32_t comma) const {
    if (punct(comma) != "comma") return 0;
    const uint32_t q = insertion_end(comma);
    if (q == 0) return 0;
    for (uint32_t t = comma + 1; t + 1 < q; ++t) {
      if (!is_time(t)) return 0;
    }
    return q;
  }
  /// True when a trigger phrase starts at token i (a gap never skips one:
  /// it would change what the sentence says, e.g. هاتفيا).
  bool has_trigger(uint32_t i) const {
    for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
      if (s->matches[k].table == Table::kTrigger) return true;
    }
    return false;
  }
  /// True when token i is part of a time expression: a date word (weekday,
  /// month, relative day), a time word of the stop list (صباح، الماضي), a
  /// number, or the joiner of a double month name (يوليو/تموز). A gap steps
  /// over these without counting them: التقى X في 22 يوليو/تموز الماضي بـ Y.
  bool is_time(uint32_t i) const {
    if (i >= end || covered(i)) return false;
    if (doc->tokens()[i].kind == text::TokenKind::kPunct) return punct(i) == "joiner" && is_time_word(i + 1);
    return is_time_word(i);
  }
  bool is_time_word(uint32_t i) const {
    if (i >= end || covered(i)) return false;
    const auto kind = doc->tokens()[i].kind;
    if (kind == text::TokenKind::kNumber) return true;
    if (kind == text::TokenKind::kPunct) return false;
    for (uint32_t k = s->first[i]; k < s->first[i + 1]; ++k) {
      const Match& m = s->matches[k];
      if (m.table == Table::kDate || (m.table == Table::kStop && r->class_of(m) == "time")) return true;
    }
    return false;
  }
  const std::string& punct(uint32_t i) const {
    static const std::string none;
    if (i >= end || doc->tokens()[i].kind != text::TokenKind::kPunct) return none;
    return r->punct_class(doc->key(i));
  }
};

/// `type` is a class name, `Adj`, or alternatives joined by `|` (City|Country).
/// The relations whose pair is "the two sides" afterwards.
constexpr std::string_view kMetWith = "metWith";
constexpr std::string_view kSpokeWith = "spokeWith";
constexpr std::string_view kCoChaired = "coChaired";
constexpr std::string_view kHostedIn = "hostedIn";
constexpr std::string_view kLocatedIn = "locatedIn";
constexpr std::string_view kOfficialOf = "officialOf";
/// The structural reading of a bare state title in a state agency's copy.
constexpr const char* kAgencyStateRule = "ar.title.agency-state";
constexpr std::string_view kCountryClass = "Country";
/// The class of venues: an event held in a venue is held where the venue is.
constexpr std::string_view kVenueClass = "Venue";
/// The capture type of "the two sides" (S:Pair).
constexpr std::string_view kPairType = "Pair";
/// The capture type of the two states of "the two sides" (S:PairStates):
/// the countries the pair's people hold office of.
constexpr std::string_view kPairStatesType = "PairStates";
bool is_pair_type(std::string_view type) { return type == kPairType || type == kPairStatesType; }
/// The capture type of the document a pronoun names (وقعها: O:ItDocument):
/// the last document named before it, in its sentence or an earlier one.
constexpr std::string_view kItDocumentType = "ItDocument";
constexpr std::string_view kDocumentType = "Document";
/// The capture type of the event a pronoun names (وحضره: O:ItEvent), as
/// O:ItDocument for documents.
constexpr std::string_view kItEventType = "ItEvent";
constexpr std::string_view kEventType = "Event";
/// The capture type of the city of the dateline (الرياض 12 مارس (واس) --),
/// in the first sentence only. A rule that uses it gives a fallback: its
/// relation is dropped when another rule gives the subject the same relation.
constexpr std::string_view kDatelineType = "Dateline";
/// The capture type of the parties named inside the document captured
/// just before (اتفاقية بين X وY: S:DocParties after O:Document).
constexpr std::string_view kDocPartiesType = "DocParties";
/// Capture types that name no mention at their token (they match no word).
bool is_virtual_type(std::string_view type) {
  return is_pair_type(type) || type == kItDocumentType || type == kItEventType || type == kDatelineType ||
         type == kDocPartiesType;
}

void Sentence::make_title_heads() const {
  title_heads.assign(ents->size(), {});
  title_heads_made = true;
  const auto& entries = r->table(Table::kTitle).entries;
  for (const auto& m : *ms) {
    if (m.entity < 0 || m.title < 0 || static_cast<size_t>(m.entity) >= title_heads.size() ||
        static_cast<size_t>(m.title) >= entries.size()) {
      continue;
    }
    const auto& title = entries[static_cast<size_t>(m.title)];
    // (a counterpart, نظيره، holds the office of whom he is counterpart to:
    // he matches any)
    std::string head;
    if (title.cls != kCounterpartTitleClass) {
      head = without_article(std::string(r->tokenizer().folder().key(title.surface.substr(0, title.surface.find(' ')))),
                             r->clitics().article());
    }
    title_heads[static_cast<size_t>(m.entity)].push_back(std::move(head));
  }
}

bool type_matches(const Mention& m, std::string_view type) {
  while (true) {
    size_t bar = type.find('|');
    std::string_view one = type.substr(0, bar);
    if (one == "Adj" ? m.kind == MentionKind::kAdjective
                     : (m.kind != MentionKind::kAdjective && (m.coarse == one || m.cls == one))) {
      return true;
    }
    if (bar == std::string_view::npos) return false;
    type.remove_prefix(bar + 1);
  }
}

/// Words of a place no list knows between conjuncts (في عين التينة، ثم).
constexpr uint32_t kMaxUnnamedPlaceWords = 3;
/// At most this many time words (dates, weekdays) in one gap go uncounted.
constexpr uint32_t kMaxTimeWords = 6;

struct Captures {
  std::vector<int32_t> s, o;
  std::vector<int32_t> pair;  ///< S:Pair: the entities of the pair (not mentions)
  uint32_t first = UINT32_MAX, last = 0;
};

class Matcher {
 public:
  Matcher(const Sentence& st, const Rule& rule) : st_(st), rule_(rule) {}

  /// Matches the pattern from token `pos`; fills `cap` on success.
  bool run(uint32_t pos, Captures& cap) { return step(0, pos, cap); }

 private:
  bool step(size_t e, uint32_t pos, Captures& cap) {
    if (e == rule_.pattern.size()) {
      cap.last = pos;
      return true;
    }
    const Element& el = rule_.pattern[e];
    if (el.optional) {
      Captures saved = cap;
      if (one(e, pos, cap)) return true;
      cap = saved;
      return step(e + 1, pos, cap);
    }
    return one(e, pos, cap);
  }

  /// The gap element e from token p, having skipped k counted units and
  /// `free_steps` uncounted ones (time words, framing phrases).
  bool gap(size_t e, uint32_t p, uint32_t k, uint32_t free_steps, Captures& cap) {
    const Element& el = rule_.pattern[e];
    for (;;) {
      Captures saved = cap;
      if (step(e + 1, p, cap)) return true;
      cap = saved;
      if (p >= st_.end) return false;
      // brackets do not count: القمة ... (آسيان) في جاكرتا
      if (st_.punct(p) == "open" || st_.punct(p) == "close") {
        ++p;
        continue;
      }
      // nor courtesy phrases: استقبل X - حفظه الله -، ... Y
      if (uint32_t q = st_.courtesy_end(p)) {
        p = q;
        continue;
      }
      if (st_.is_time(p) && free_steps < kMaxTimeWords) {
        const bool after_comma = p > 0 && st_.punct(p - 1) == "comma";
        ++free_steps;
        ++p;
        // (brackets around it, or the slashes agencies write as brackets:
        // اليوم /الأربعاء/; and the time words after it)
        for (;;) {
          while (p < st_.end && (st_.punct(p) == "open" || st_.punct(p) == "close" || st_.punct(p) == "joiner")) ++p;
          if (p >= st_.end || !st_.is_time(p) || free_steps >= kMaxTimeWords) break;
          ++free_steps;
          ++p;
        }
        // (the comma that closes time words a name's closing comma opened:
        // السيد X، اليوم الخميس، زيارة)
        if (after_comma && p < st_.end && st_.punct(p) == "comma") ++p;
        continue;
      }
      // (an opening slash before a time word: /الأربعاء/)
      if (st_.punct(p) == "joiner" && p + 1 < st_.end && st_.is_time(p + 1) && free_steps < kMaxTimeWords) {
        ++p;
        continue;
      }
      // في ختام المباحثات، خلال الزيارة: a framing phrase is free too (or
      // its words are counted, when the pattern wants the event in it)
      if (uint32_t q = st_.frame_end(p); q && free_steps < kMaxTimeWords) {
        if (gap(e, q, k, free_steps + 1, cap)) return true;
        cap = saved;
      }
      // ، الأحد، : an insertion of time words alone is free too
      if (uint32_t q = st_.time_insertion_end(p); q && free_steps < kMaxTimeWords) {
        ++free_steps;
        p = q;
        continue;
      }
      if (k++ == el.gap) return false;
      // skip one unit: a plain word or number, a nationality adjective,
      // or an insertion between commas without a person (، على هامش القمة،)
      if (st_.punct(p) == "comma") {
        uint32_t q = st_.insertion_end(p);
        if (q == 0 && !el.wide) return false;
        p = q ? q : p + 1;  // a wide gap also steps over a single comma
      } else if (const Mention* m = st_.mention_at(p)) {
        // a wide gap steps over names of places and bodies, never over
        // a person or another event
        bool skippable = m->kind == MentionKind::kAdjective ||
                         (el.wide && m->coarse != "Person" && m->coarse != "Event");
        if (!skippable) return false;
        p = m->end;
      } else if (!st_.covered(p) && st_.doc->tokens()[p].kind != text::TokenKind::kPunct &&
                 !st_.has_trigger(p)) {
        ++p;
      } else {
        return false;
      }
      // brackets around a skipped word do not count: اليوم (الجمعة)
      while (p < st_.end && (st_.punct(p) == "open" || st_.punct(p) == "close")) ++p;
    }
  }

  bool one(size_t e, uint32_t pos, Captures& cap) {
    const Element& el = rule_.pattern[e];
    if (pos >= st_.end && el.kind != Element::Kind::kGap) return false;
    std::vector<uint32_t> ends;
    switch (el.kind) {
      case Element::Kind::kTrigger:
      case Element::Kind::kFunction: {
        // An event phrase can be the trigger itself (أجرى X محادثات ثنائية مع
        // Y): the trigger then takes the whole phrase.
        uint32_t phrase_end = 0;
        if (st_.covered(pos)) {
          const Mention* m = st_.mention_at(pos);
          if (el.kind != Element::Kind::kTrigger || !m || m->coarse != "Event") return false;
          phrase_end = m->end;
        }
        st_.class_matches(pos, el.kind == Element::Kind::kTrigger ? Table::kTrigger : Table::kFunction,
                          el.class_id, ends, el.with_prep);
        for (uint32_t& end : ends) {
          end = std::max(end, phrase_end);
          // a trigger that ends inside an event phrase takes all of it (يقوم
          // بزيارة رسمية: the visit is the phrase زيارة رسمية)
          if (el.kind == Element::Kind::kTrigger && end < st_.end && st_.covered(end)) {
            const Mention& c = (*st_.ms)[static_cast<size_t>(st_.cover[end - st_.begin])];
            if (c.begin < end && c.coarse == "Event") end = c.end;
          }
        }
        for (uint32_t end : ends) {
          Captures saved = cap;
          if (step(e + 1, end, cap)) return true;
          cap = saved;
        }
        return false;
      }
      case Element::Kind::kPunct:
        return st_.punct(pos) == el.value && step(e + 1, pos + 1, cap);
      case Element::Kind::kLiteral:
        return !st_.covered(pos) && st_.r->matcher().token_is(st_.s->match, pos, el.value) &&
               step(e + 1, pos + 1, cap);
      case Element::Kind::kGap:
        return gap(e, pos, 0, 0, cap);
      case Element::Kind::kCapture: {
        if (is_pair_type(el.value)) {
          // the two sides (الجانبان، وقّعا): the pair of the last meeting or
          // call of the article, or the two states they serve (البلدان);
          // matches no token
          const auto two = el.value == kPairType ? st_.pair_named_at(pos - 1) : st_.pair_states;
          if (two.first < 0 || el.var != 'S') return false;
          cap.pair = {two.first, two.second};
          return step(e + 1, pos, cap);
        }
        if (el.value == kDocPartiesType) {
          if (cap.o.empty()) return false;
          const int32_t d = cap.o.back();
          auto& list = el.var == 'S' ? cap.s : cap.o;
          const size_t before = list.size();
          for (size_t k = 0; k < st_.ms->size(); ++k) {
            const Mention& m = (*st_.ms)[k];
            if (m.party && m.parent == d && m.entity >= 0 && type_matches(m, "Country|Organization")) {
              list.push_back(static_cast<int32_t>(k));
            }
          }
          if (list.size() < before + 2) return false;
          return step(e + 1, pos, cap);
        }
        if (el.value == kDatelineType) {
          if (st_.dateline < 0) return false;
          (el.var == 'S' ? cap.s : cap.o).push_back(st_.dateline);
          return step(e + 1, pos, cap);
        }
        if (el.value == kItDocumentType || el.value == kItEventType) {
          // وقعها، وحضره: the document (event) named last before the
          // pronoun; matches no token
          const bool event = el.value == kItEventType;
          const std::string_view type = event ? kEventType : kDocumentType;
          int32_t doc = event ? st_.prev_event : st_.prev_document;
          bool first = true;
          for (uint32_t t = st_.begin; t < pos; ++t) {
            const Mention* m = st_.mention_at(t);
            // (a document named again with nothing before it to name: none)
            // (an event is the sentence's first: عقد الاجتماع ... لمنتدى ...، وحضره)
            if (m && type_matches(*m, type) && (!event || first)) {
              doc = m->entity >= 0 ? st_.mention_index(t) : -1;
              first = false;
            }
          }
          if (doc < 0 || el.var == 'S') return false;
          cap.o.push_back(doc);
          return step(e + 1, pos, cap);
        }
        // a name in quotes or brackets: مجموعة "بريكس"، تحالف (أوبك+)
        const uint32_t from = pos;
        if (!st_.mention_at(pos) && (st_.punct(pos) == "quote" || st_.punct(pos) == "open")) ++pos;
        const Mention* m = pos < st_.end ? st_.mention_at(pos) : nullptr;
        if (!m || !type_matches(*m, el.value) || m->entity < 0) return false;
        // (a place or person in quotes is the name of something else: صحيفة "القدس")
        if (pos > from && (m->coarse == "Place" || m->coarse == "Person")) return false;
        if (el.with_prep && !(m->prep & el.with_prep)) return false;
        // the subject of a verb carries no preposition: in والتقى بالرئيس X
        // the person after ب is the object, not the subject
        // (but a noun's possessor may take ل: زيارة للرئيس X، the visit of)
        if (el.var == 'S' && m->prep != 0 && e > 0 && rule_.pattern[e - 1].kind == Element::Kind::kTrigger &&
            !(m->prep == lexicon::kPrepL && rule_.pattern[e - 1].value.ends_with(kNounTriggerSuffix))) {
          return false;
        }
        // a noun with the article takes no genitive: in شارك في الاجتماع
        // وزير ... the minister is no party of "the meeting of X with Y"
        if (e > 0 && rule_.pattern[e - 1].kind == Element::Kind::kTrigger && st_.definite_noun_before(pos)) {
          return false;
        }
        std::vector<int32_t> ignored;  // X: matched, not kept
        auto& list = el.var == 'S' ? cap.s : el.var == 'O' ? cap.o : ignored;
        list.push_back(st_.mention_index(pos));
        uint32_t p = m->end;
        if (p < st_.end && st_.unclosed(from, p)) ++p;  // ... and its closing mark
        if (el.list) {
          // coordinated conjuncts: "، X" / "و X" / "X، وY"
          while (p < st_.end) {
            uint32_t q = p;
            // the place of a conjunct: التقى X في بعبدا، وY في السراي (or,
            // before ثم, a place no list knows: في عين التينة، ثم Y)
            bool unnamed_place = false;
            if (uint32_t after = st_.place_phrase_end(q)) {
              q = after;
            } else if (uint32_t after2 = st_.place_phrase_end(q, kMaxUnnamedPlaceWords)) {
              q = after2;
              unnamed_place = true;
            }
            bool sep = false;
            if (st_.punct(q) == "comma") { ++q; sep = true; }
            std::vector<uint32_t> and_ends;
            if (!unnamed_place) st_.class_matches(q, Table::kFunction, st_.and_class, and_ends);
            if (and_ends.empty()) st_.class_matches(q, Table::kFunction, st_.then_class, and_ends);
            if (unnamed_place && and_ends.empty()) break;
            if (!and_ends.empty() && !st_.covered(q)) { q = and_ends.front(); sep = true; }
            // (a courtesy word of kinship before the conjunct: عقد X، وأخوه
            // فخامة الرئيس Y)
            std::vector<uint32_t> kin_ends;
            if (!st_.covered(q)) st_.class_matches(q, Table::kFunction, st_.kin_class, kin_ends);
            if (!kin_ends.empty()) { q = kin_ends.front(); sep = true; }
            const Mention* next = st_.mention_at(q);
            if (!next || !type_matches(*next, el.value) || next->entity < 0) break;
            if (!sep && !next->conj) break;
            list.push_back(st_.mention_index(q));
            p = next->end;
          }
        }
        if (list.size() < el.min_items) return false;
        cap.first = std::min(cap.first, pos);
        return step(e + 1, p, cap);
      }
    }
    return false;
  }

  const Sentence& st_;
  const Rule& rule_;
};

}  // namespace

Expected<std::unique_ptr<RuleEngine>> RuleEngine::load(const lexicon::Resources& r) {
  RuleSet rules;
  fs::path dir = fs::path(r.data_dir()) / "rules";
  std::vector<fs::path> files;
  if (fs::is_directory(dir)) {
    for (const auto& f : fs::directory_iterator(dir)) {
      if (f.path().extension() == ".rules") files.push_back(f.path());
    }
  }
  std::sort(files.begin(), files.end());
  auto stem = [&](const std::string& w) {
    auto stems = r.matcher().stems(w);
    return stems.size() == 1 ? stems[0] : std::string();
  };
  for (const auto& f : files) KHABAR_TRY(parse_rules_file(f.string(), stem, rules));
  return from_rules(r, std::move(rules));
}

Expected<std::unique_ptr<RuleEngine>> RuleEngine::from_rules(const lexicon::Resources& r, RuleSet rules) {
  std::unique_ptr<RuleEngine> e(new RuleEngine(r, std::move(rules)));
  KHABAR_TRY(e->check());
  for (auto& rule : e->rules_.rules) {
    for (auto& el : rule.pattern) {
      if (el.kind == Element::Kind::kTrigger || el.kind == Element::Kind::kFunction) el.class_id = r.class_id(el.value);
    }
  }
  for (const auto& rule : e->rules_.rules) {
    std::vector<int32_t> need;
    std::vector<uint32_t> words;
    for (const auto& el : rule.pattern) {
      if (el.optional) continue;
      if (el.kind == Element::Kind::kTrigger) need.push_back(r.class_id(el.value));
      if (el.kind == Element::Kind::kLiteral) {
        auto it = std::find(e->literal_words_.begin(), e->literal_words_.end(), el.value);
        if (it == e->literal_words_.end()) it = e->literal_words_.insert(it, el.value);
        words.push_back(static_cast<uint32_t>(it - e->literal_words_.begin()));
      }
    }
    // keyed by the first trigger class it needs (a sentence without that
    // class never tries the rule), or unkeyed
    const uint32_t index = static_cast<uint32_t>(e->trigger_ids_.size());
    if (need.empty() || need.front() < 0) {
      e->unkeyed_rules_.push_back(index);
    } else {
      const auto key = static_cast<size_t>(need.front());
      if (key >= e->rules_by_class_.size()) e->rules_by_class_.resize(key + 1);
      e->rules_by_class_[key].push_back(index);
    }
    e->trigger_ids_.push_back(std::move(need));
    for (uint32_t w : words) {
      e->literal_index_.emplace(e->literal_words_[w], w);
      if (!e->literal_words_[w].empty()) e->literal_shapes_[literal_shape(e->literal_words_[w])] = 1;
    }
    e->literals_.push_back(std::move(words));
    const Element& head = rule.pattern.front();
    e->first_capture_.push_back(head.kind == Element::Kind::kCapture && !is_virtual_type(head.value));
    bool pair = false;
    for (const auto& el : rule.pattern) {
      pair |= el.kind == Element::Kind::kCapture && is_pair_type(el.value);
      if (el.kind == Element::Kind::kCapture && el.value == kDatelineType) e->dateline_rules_.insert(rule.id);
      if (el.kind == Element::Kind::kCapture && el.value == kPairType) e->pair_rules_.insert(rule.id);
    }
    e->uses_pair_.push_back(pair);
  }
  return e;
}

Status RuleEngine::check() const {
  const auto& onto = r_->ontology();
  for (const auto& rule : rules_.rules) {
    if (!onto.has_property(rule.relation)) {
      return Status(ErrorCode::kBadData, "relation '" + rule.relation + "' is not in ontology/khabar.ttl",
                    rule.file, rule.line);
    }
    for (const auto& el : rule.pattern) {
      if ((el.kind == Element::Kind::kTrigger || el.kind == Element::Kind::kFunction) &&
          r_->class_id(el.value) < 0) {
        return Status(ErrorCode::kBadData, "no word list has the class '" + el.value + "'", rule.file, rule.line);
      }
      if (el.kind == Element::Kind::kCapture) {
        for (const auto& type : split(el.value, '|')) {
          if (type != "Adj" && !is_virtual_type(type) && !onto.has_class(type)) {
            return Status(ErrorCode::kBadData, "type '" + type + "' is not in ontology/khabar.ttl", rule.file,
                          rule.line);
          }
        }
      }
    }
  }
  for (const auto& [id, rel] : rules_.structural) {
    if (!onto.has_property(rel.first)) {
      return Status(ErrorCode::kBadData, "structural reading '" + id + "': relation '" + rel.first +
                    "' is not in ontology/khabar.ttl");
    }
  }
  return {};
}

void RuleEngine::extract(const text::Document& doc, const mentions::Recognizer::Scratch& scratch,
                         const std::vector<Mention>& ms, const std::vector<entities::Entity>& ents,
                         std::vector<Relation>& out) const {
  out.clear();
  auto emit = [&](const std::string& pred, int32_t s, int32_t o, uint32_t sentence, uint32_t b, uint32_t e,
                  const std::string& rule, double conf) {
    if (s < 0 || o < 0 || s == o) return;
    for (const auto& x : out) {
      if (x.predicate == pred && x.subject == s && x.object == o && x.sentence == sentence) return;
    }
    out.push_back({pred, s, o, sentence, b, e, rule, conf});
  };

  // Structural readings of the recogniser.
  auto structural = [&](const std::string& id, const std::string& fallback_pred) -> std::pair<std::string, double> {
    auto it = rules_.structural.find(id);
    if (it != rules_.structural.end()) return it->second;
    return {fallback_pred, 0};
  };
  for (const auto& m : ms) {
    if (m.entity < 0) continue;
    if (m.office_of >= 0) {
      const Mention& t = ms[static_cast<size_t>(m.office_of)];
      auto [pred, conf] = structural(m.office_rule, "officialOf");
      if (conf > 0) emit(pred, m.entity, t.entity, m.sentence, m.begin, m.end, m.office_rule, conf);
    }
    if (m.coarse == "Event" && m.kind == MentionKind::kPhrase && m.complement >= 0) {
      // قمة الرياض، مؤتمر باريس: an event named after a city was held there
      const Mention& c = ms[static_cast<size_t>(m.complement)];
      auto [pred, conf] = structural("ar.event.named-by-city", "hostedIn");
      if (conf > 0 && c.cls == "City" && c.entity >= 0) {
        emit(pred, m.entity, c.entity, m.sentence, m.begin, m.end, "ar.event.named-by-city", conf);
      }
    }
    if (m.issued_by >= 0) {
      const Mention& ev = ms[static_cast<size_t>(m.issued_by)];
      auto [pred, conf] = structural("ar.doc.event-genitive", "issued");
      if (conf > 0) emit(pred, ev.entity, m.entity, m.sentence, m.begin, m.end, "ar.doc.event-genitive", conf);
    }
    if (m.part_of >= 0) {
      const Mention& t = ms[static_cast<size_t>(m.part_of)];
      auto [pred, conf] = structural("ar.org.genitive-chain", "partOf");
      if (conf > 0) emit(pred, m.entity, t.entity, m.sentence, m.begin, t.end, "ar.org.genitive-chain", conf);
    }
    if (m.located_in >= 0) {
      const Mention& t = ms[static_cast<size_t>(m.located_in)];
      auto [pred, conf] = structural("ar.located.city-country", std::string(kLocatedIn));
      if (conf > 0) emit(pred, m.entity, t.entity, m.sentence, m.begin, t.end, "ar.located.city-country", conf);
    }
  }

  // The country a person holds office of (one only), from the structural
  // readings above; -1 when none or several.
  auto state_of = [&](int32_t person) {
    int32_t state = -1;
    for (const auto& x : out) {
      if (person < 0 || x.subject != person || x.predicate != kOfficialOf ||
          ents[static_cast<size_t>(x.object)].cls != kCountryClass) {
        continue;
      }
      if (state >= 0 && state != x.object) return -1;
      state = x.object;
    }
    return state;
  };

  // Pattern rules, sentence by sentence.
  Sentence st;
  st.ents = &ents;
  st.doc = &doc;
  st.s = &scratch;
  st.r = r_;
  st.and_class = r_->class_id("and");
  for (const char* c : {"frame", "during", "margin"}) st.frame_classes.push_back(r_->class_id(c));
  st.in_class = r_->class_id("in");
  st.round_class = r_->class_id("round");
  st.from_class = r_->class_id("from");
  st.then_class = r_->class_id("then");
  st.courtesy_class = r_->class_id("courtesy");
  st.kin_class = r_->class_id("kin");
  st.ms = &ms;
  std::vector<uint8_t> present;  // per trigger class (bytes, not bits: read per rule)
  std::vector<uint32_t> starts;  // the tokens where a top-level mention starts
  std::vector<uint32_t> candidates;  // the rules a sentence can match
  // Which literal words each sentence has: one pass over the readings.
  const size_t literal_count = literal_words_.size();
  std::vector<uint8_t> literal_in(doc.sentences().size() * literal_count, 0);
  if (literal_count > 0) {
    const auto& toks = doc.tokens();
    for (uint32_t t = 0; t < toks.size(); ++t) {
      for (uint32_t c = scratch.match.offsets[t]; c < scratch.match.offsets[t + 1]; ++c) {
        const std::string_view stem = scratch.match.candidates[c].stem;
        if (stem.empty() || !literal_shapes_[literal_shape(stem)]) continue;
        auto it = literal_index_.find(stem);
        if (it != literal_index_.end() && toks[t].sentence < doc.sentences().size()) {
          literal_in[toks[t].sentence * literal_count + it->second] = 1;
        }
      }
    }
  }
  // Top-level mentions by sentence.
  std::vector<std::vector<uint32_t>> by_sentence(doc.sentences().size());
  for (uint32_t i = 0; i < ms.size(); ++i) {
    if (ms[i].parent < 0 && ms[i].sentence < by_sentence.size()) by_sentence[ms[i].sentence].push_back(i);
  }
  for (uint32_t si = 0; si < doc.sentences().size(); ++si) {
    if (by_sentence[si].empty()) continue;  // no mention: no relation
    const auto& sent = doc.sentences()[si];
    st.begin = sent.token_begin;
    st.end = sent.token_end;
    st.top_at.assign(st.end - st.begin, -1);
    st.cover.assign(st.end - st.begin, -1);
    for (uint32_t i : by_sentence[si]) {
      const Mention& m = ms[i];
      int32_t& slot = st.top_at[m.begin - st.begin];
      if (slot < 0 || ms[static_cast<size_t>(slot)].end < m.end) slot = static_cast<int32_t>(i);
      for (uint32_t t = m.begin; t < m.end; ++t) st.cover[t - st.begin] = static_cast<int32_t>(i);
    }
    starts.clear();
    for (uint32_t t = st.begin; t < st.end; ++t) {
      if (st.top_at[t - st.begin] >= 0) starts.push_back(t);
    }
    st.dateline = -1;
    if (si == 0) {
      for (uint32_t i : by_sentence[si]) {
        const Mention& m = ms[i];
        if (m.begin == st.begin && m.parent < 0 && m.entity >= 0 && r_->ontology().is_a(m.cls, "City")) {
          st.dateline = static_cast<int32_t>(i);
        }
      }
    }
    // Which trigger classes occur here: rules needing others are skipped,
    // and only the rules keyed by a class present (or by none) are tried,
    // in the order of the rules files.
    present.assign(64, false);
    candidates.assign(unkeyed_rules_.begin(), unkeyed_rules_.end());
    for (uint32_t t = st.begin; t < st.end; ++t) {
      for (uint32_t k = scratch.first[t]; k < scratch.first[t + 1]; ++k) {
        const Match& m = scratch.matches[k];
        if (m.table == Table::kTrigger) {
          if (m.payload >= present.size()) present.resize(m.payload + 1, false);
          if (!present[m.payload] && m.payload < rules_by_class_.size()) {
            const auto& keyed = rules_by_class_[m.payload];
            candidates.insert(candidates.end(), keyed.begin(), keyed.end());
          }
          present[m.payload] = true;
        }
      }
    }
    std::sort(candidates.begin(), candidates.end());
    size_t first_of_sentence = out.size();
    // Rules about "the two sides" run last, once this sentence's meetings
    // are known (التقى X Y، ووقعا ...).
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1) {
        const auto before = st.pair;
        // the two co-chairs of one event are two sides too (عقد المجلس
        // اجتماعه برئاسة مشتركة من X وY ... ووقع الجانبان)
        for (size_t k = first_of_sentence; k < out.size(); ++k) {
          if (out[k].predicate != kCoChaired) continue;
          std::vector<int32_t> chairs;
          for (size_t j = first_of_sentence; j < out.size(); ++j) {
            if (out[j].predicate == kCoChaired && out[j].object == out[k].object &&
                std::find(chairs.begin(), chairs.end(), out[j].subject) == chairs.end()) {
              chairs.push_back(out[j].subject);
            }
          }
          if (chairs.size() == 2 && std::pair<int32_t, int32_t>{chairs[0], chairs[1]} != st.pair) {
            st.pair = {chairs[0], chairs[1]};
            st.pairs.push_back(st.pair);
          }
        }
        for (size_t k = first_of_sentence; k < out.size(); ++k) {
          if (out[k].predicate == kMetWith || out[k].predicate == kSpokeWith) {
            st.pair = {out[k].subject, out[k].object};
            st.pairs.push_back(st.pair);
          }
        }
        // (the offices are the structural readings made before the first
        // sentence: the states change only with the pair)
        if (st.pair != before) {
          st.pair_states = {state_of(st.pair.first), state_of(st.pair.second)};
          if (st.pair_states.first < 0 || st.pair_states.second < 0 || st.pair_states.first == st.pair_states.second) {
            st.pair_states = {-1, -1};
          }
        }
      }
      for (const uint32_t ri : candidates) {
        if (uses_pair_[ri] != (pass == 1)) continue;
        // every trigger class and literal word the rule needs occurs here
        bool absent = false;
        for (int32_t need : trigger_ids_[ri]) {
          absent |= need < 0 || static_cast<size_t>(need) >= present.size() || !present[static_cast<size_t>(need)];
        }
        for (uint32_t w : literals_[ri]) {
          if (absent) break;
          absent = literal_in[si * literal_count + w] == 0;
        }
        if (absent) continue;
        const Rule& rule = rules_.rules[ri];
        const Element& first = rule.pattern.front();
        // a rule that starts with a mention is tried only where one starts
        const bool capture_first = !first.optional && first_capture_[ri];
        const size_t positions = capture_first ? starts.size() : st.end - st.begin;
        for (size_t pi = 0; pi < positions; ++pi) {
          const uint32_t pos = capture_first ? starts[pi] : st.begin + static_cast<uint32_t>(pi);
          // cheap test of a required first element before the full match
          if (!first.optional) {
            if (capture_first && !type_matches(*st.mention_at(pos), first.value)) continue;
            if (first.kind == Element::Kind::kTrigger || first.kind == Element::Kind::kFunction) {
              // a phrase of the class at pos (or an event phrase there, which
              // can be the trigger itself)
              const Table table = first.kind == Element::Kind::kTrigger ? Table::kTrigger : Table::kFunction;
              bool found = false;
              for (uint32_t k = scratch.first[pos]; k < scratch.first[pos + 1] && !found; ++k) {
                const Match& mt = scratch.matches[k];
                found = mt.table == table && mt.payload == static_cast<uint32_t>(first.class_id);
              }
              if (!found && !(st.covered(pos) && first.kind == Element::Kind::kTrigger)) continue;
            }
          }
          Captures cap;
          Matcher m(st, rule);
          if (!m.run(pos, cap)) continue;
          if (rule.pairwise) {
            for (size_t a = 0; a < cap.s.size(); ++a) {
              for (size_t b = a + 1; b < cap.s.size(); ++b) {
                emit(rule.relation, ms[static_cast<size_t>(cap.s[a])].entity, ms[static_cast<size_t>(cap.s[b])].entity,
                     si, pos, std::max(cap.last, pos + 1), rule.id, rule.confidence);
              }
            }
            continue;
          }
          for (int32_t side : cap.pair) {
            for (int32_t o : cap.o) {
              int32_t oe = ms[static_cast<size_t>(o)].entity;
              emit(rule.relation, side, oe, si, pos, std::max(cap.last, pos + 1), rule.id, rule.confidence);
            }
          }
          for (int32_t s : cap.s) {
            for (int32_t o : cap.o) {
              int32_t se = ms[static_cast<size_t>(s)].entity, oe = ms[static_cast<size_t>(o)].entity;
              if (!rule.subject_first) std::swap(se, oe);
              emit(rule.relation, se, oe, si, pos, std::max(cap.last, pos + 1), rule.id, rule.confidence);
            }
          }
        }
      }
    }  // passes; st.pair stays "the two sides" for the sentences after
    for (uint32_t i : by_sentence[si]) {
      if (ms[i].entity >= 0 && type_matches(ms[i], kDocumentType)) st.prev_document = static_cast<int32_t>(i);
      if (ms[i].entity >= 0 && ms[i].parent < 0 && type_matches(ms[i], kEventType)) {
        st.prev_event = static_cast<int32_t>(i);
      }
    }
    // انطلقت في قصر الصخير بمملكة البحرين أعمال القمة: an event held in a
    // venue the sentence places in a city or country is held there too
    {
      auto [pred, conf] = structural("ar.hosted.via-venue", std::string(kHostedIn));
      const size_t n = out.size();
      for (size_t k = first_of_sentence; k < n; ++k) {
        if (out[k].predicate != kHostedIn || out[k].object < 0 ||
            ents[static_cast<size_t>(out[k].object)].cls != kVenueClass) {
          continue;
        }
        for (size_t j = first_of_sentence; j < n; ++j) {
          if (out[j].predicate == kLocatedIn && out[j].subject == out[k].object) {
            emit(pred, out[k].subject, out[j].object, si, std::min(out[k].begin, out[j].begin),
                 std::max(out[k].end, out[j].end), "ar.hosted.via-venue", conf);
          }
        }
      }
    }
    // "The two sides" is no one when the sentence names who did it (ووقع
    // الجانبان اتفاقية، وقعها عن الجانب التركي X): a reading by the pair
    // goes when another rule gives a person the same relation to that object
    if (!pair_rules_.empty() && out.size() > first_of_sentence) {
      std::vector<uint8_t> by_pair(out.size() - first_of_sentence, 0), named(by_pair.size(), 0);
      bool any = false;
      for (size_t k = first_of_sentence; k < out.size(); ++k) {
        any |= (by_pair[k - first_of_sentence] = pair_rules_.count(out[k].rule) > 0) != 0;
      }
      if (any) {
        for (size_t k = first_of_sentence; k < out.size(); ++k) {
          if (!by_pair[k - first_of_sentence]) continue;
          for (size_t j = first_of_sentence; j < out.size(); ++j) {
            const auto& y = out[j];
            if (!by_pair[j - first_of_sentence] && y.predicate == out[k].predicate && y.object == out[k].object &&
                ents[static_cast<size_t>(y.subject)].coarse == "Person") {
              named[k - first_of_sentence] = 1;
              break;
            }
          }
        }
        size_t w = first_of_sentence;
        for (size_t k = first_of_sentence; k < out.size(); ++k) {
          if (named[k - first_of_sentence]) continue;
          if (w != k) out[w] = std::move(out[k]);
          ++w;
        }
        out.resize(w);
      }
    }
    // A more specific reading of one pair in one sentence wins.
    for (const auto& [kept, dropped] : rules_.preferences) {
      auto has_kept = [&](const Relation& x) {
        for (size_t j = first_of_sentence; j < out.size(); ++j) {
          const auto& y = out[j];
          if (y.predicate == kept && std::minmax(y.subject, y.object) == std::minmax(x.subject, x.object)) return true;
        }
        return false;
      };
      auto from = out.begin() + static_cast<std::ptrdiff_t>(first_of_sentence);
      out.erase(std::remove_if(from, out.end(), [&](const Relation& x) { return x.predicate == dropped && has_kept(x); }),
                out.end());
    }
    // Competing readings of one pair in one sentence: keep none.
    for (const auto& group : rules_.conflicts) {
      std::set<std::pair<int32_t, int32_t>> seen, clash;
      for (size_t k = first_of_sentence; k < out.size(); ++k) {
        const auto& x = out[k];
        if (std::find(group.begin(), group.end(), x.predicate) == group.end()) continue;
        auto key = std::minmax(x.subject, x.object);
        for (size_t j = first_of_sentence; j < k; ++j) {
          const auto& y = out[j];
          if (std::minmax(y.subject, y.object) == key && y.predicate != x.predicate &&
              std::find(group.begin(), group.end(), y.predicate) != group.end()) {
            clash.insert(key);
          }
        }
      }
      if (clash.empty()) continue;
      std::vector<Relation> kept(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(first_of_sentence));
      for (size_t k = first_of_sentence; k < out.size(); ++k) {
        const auto& x = out[k];
        bool in_group = std::find(group.begin(), group.end(), x.predicate) != group.end();
        if (in_group && clash.count(std::minmax(x.subject, x.object))) continue;
        kept.push_back(x);
      }
      out.swap(kept);
    }
  }
  // A reading by the dateline is a fallback: none where another rule gives
  // the subject that relation (انطلقت اليوم في جنيف أعمال ...)
  if (!dateline_rules_.empty()) {
    auto fallback = [&](const Relation& x) { return dateline_rules_.count(x.rule) > 0; };
    std::vector<Relation> kept;
    kept.reserve(out.size());
    for (const auto& x : out) {
      const bool other = fallback(x) && std::any_of(out.begin(), out.end(), [&](const Relation& y) {
        return !fallback(y) && y.predicate == x.predicate && y.subject == x.subject;
      });
      if (!other) kept.push_back(x);
    }
    out.swap(kept);
  }
  // وزير الدفاع X in a state news agency's copy: an office of the agency's
  // state, when nothing else gives X an office and the article names the state
  if (auto [pred, conf] = structural(kAgencyStateRule, "officialOf"); conf > 0) {
    for (const auto& m : ms) {
      if (m.entity < 0 || m.office_of >= 0 || m.office_state < 0) continue;
      const bool held = std::any_of(out.begin(), out.end(), [&](const Relation& x) {
        return x.predicate == pred && x.subject == m.entity;
      });
      if (held) continue;
      for (size_t e = 0; e < ents.size(); ++e) {
        if (ents[e].kb == m.office_state) {
          emit(pred, m.entity, static_cast<int32_t>(e), m.sentence, m.begin, m.end, kAgencyStateRule, conf);
          break;
        }
      }
    }
  }
}

}  // namespace khabar::relate
