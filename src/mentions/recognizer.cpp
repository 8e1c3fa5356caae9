#include "mentions/recognizer.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string_view>
#include <tuple>

#include "text/folder.h"

namespace khabar::mentions {

using lexicon::CliticFlag;
using lexicon::Match;
using lexicon::Table;

namespace {

/// Phrase recognisers stop after this many name tokens.
constexpr uint32_t kMaxNameTokens = 4;
/// Words of an office's field before a name (للشؤون السياسية والأمنية).
constexpr uint32_t kMaxFieldWords = 3;
/// Words of a state's body named bare (مجلس النواب، الهيئة العامة للرياضة).
constexpr uint32_t kMaxHomeBodyWords = 4;
/// Name particles that link a name to a father's (بن، ولد): a name after a
/// title counts its words without them (name_particles.tsv).
constexpr const char* kLineageClass = "lineage";
/// Function words of this many letters or fewer, found only after stripping
/// a clitic (ال+له), do not stop a name (عبد الله).
constexpr size_t kShortFunctionBytes = 4;
/// At most this many words of an event's topic (حول الوضع في الشرق الأوسط).
constexpr uint32_t kMaxTopicTokens = 6;
/// Stop words of this class (صباح "morning") can also be given names.
constexpr const char* kWeakStopClass = "time";
/// The date-word class of month names; ماي (May in the Maghreb) is also a
/// family name (تيريزا ماي).
constexpr const char* kMonthClass = "month";
constexpr const char* kWeekdayClass = "weekday";
/// Stop-list classes of verbs (stopwords.tsv, common_words.tsv).
constexpr const char* kSpeechClass = "speech";
constexpr const char* kSideClass = "side";    // عن الجانب: a signer's side follows
constexpr const char* kAboutClass = "about";  // عن
constexpr uint32_t kMaxSidePhraseWords = 2;
/// Trigger classes of verbs whose object is a pronoun on them (وقعها: sign-it).
constexpr std::string_view kObjectOnVerbSuffix = "-it";
/// At most this many words of a person's titles the recogniser left out
/// (الصندوق in X مدير عام الصندوق) before و and another titled name.
constexpr uint32_t kMaxTitleTail = 3;
constexpr const char* kVerbClass = "verb";
/// Stop-word class of common nouns (تعزيز، العلاقات).
constexpr const char* kCommonNounClass = "noun";
/// Words of a portfolio no list knows between a title and its adjective.
constexpr uint32_t kMaxPortfolioWords = 3;
/// Bytes of a folded surname taken alone after a title (4 Arabic letters).
constexpr size_t kMinSurnameBytes = 8;
/// Name words of a venue after its head (قصر السلام).
constexpr uint32_t kMaxVenueNameWords = 2;
/// The named-by value of venue heads that name a venue alone (venues.tsv).
constexpr const char* kSelfNamedVenue = "self";
/// Words of an event's purpose after ل (لتمويل التنمية).
constexpr uint32_t kMaxPurposeWords = 4;
/// True when UTF-8 `s` contains code point `c`.
bool contains_code_point(std::string_view s, char32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
  return !err && s.find(std::string_view(buf, static_cast<size_t>(n))) != std::string_view::npos;
}
/// The title class of "counterpart" (titles.tsv).
constexpr const char* kCounterpartClass = "counterpart";
/// The title class of a head of state's office (الملك، الرئيس): an office
/// that never stacks after another.
constexpr const char* kHeadOfficeClass = "head-office";
/// The title class of membership (عضو المكتب السياسي ...): its body gives
/// memberOf (structural rule ar.title.member), not officialOf.
constexpr const char* kMemberClass = "member";
constexpr const char* kMemberRule = "ar.title.member";
/// The rule of an office of "the country" (أمير البلاد).
constexpr const char* kHomeCountryRule = "ar.title.home-country";
/// The dateline: the first tokens of an article.
constexpr uint32_t kDatelineTokens = 12;
/// function.tsv class prefix of honorific pronouns (honorific:Highness).
constexpr std::string_view kHonorificPronoun = "honorific:";
/// titles.tsv class of courtesy titles (صاحب السمو، فخامة).
constexpr const char* kHonorificClass = "honorific";
/// Clitics that start a phrase of their own (و، ب، ل، ك).
constexpr uint8_t kStartsPhrase = lexicon::kConj | lexicon::kPrepB | lexicon::kPrepL | lexicon::kPrepK;
/// The ontology class of news agencies (credited in datelines).
constexpr const char* kNewsAgencyClass = "NewsAgency";
/// ... a state's official one, and the titles.tsv scope of the offices only
/// states have (its copy names them bare for its own state's).
constexpr const char* kStateNewsAgencyClass = "StateNewsAgency";
constexpr const char* kStateScope = "state";
constexpr const char* kQuotedNamed = "quoted";  // initiatives.tsv: named by a name in quotes
constexpr const char* kAfterNameScope = "after-name";  // titles.tsv: a title read only after a name
/// The most words a title has (وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج).
constexpr uint32_t kMaxTitleWords = 10;
/// A conjunct after a name has at least three (two-byte) letters.
constexpr size_t kMinConjunctBytes = 6;
/// ... and a part of an earlier name after a title, two (الرئيس شي).
constexpr size_t kMinTitledNamePartBytes = 4;
/// events.tsv named-by value of heads that are events only when named
/// (جلسة طارئة), never alone as a back reference.
constexpr const char* kNamedOnlyEvent = "named";
/// events.tsv named-by: a session, which can be of another event (الدورة
/// الثالثة عشرة للاجتماع رفيع المستوى): one event, the session's.
constexpr const char* kSessionEvent = "session";
/// events.tsv named-by: a head with a possessive pronoun (اجتماعه، دورتها):
/// named by an ordinal or a modifier, of the body named before it.
constexpr const char* kPossessedEvent = "possessed";
/// events.tsv named-by: a head with "their" (اجتماعهم، قمتهم): the event of
/// those who meet named before it in the sentence (وزراء خارجية آسيان).
constexpr const char* kTheirsEvent = "theirs";
/// Trigger class of the verbs of holding an event (عقد), and the most words
/// (a day, a time) between the body that holds it and the event.
constexpr const char* kHeldClass = "held";
constexpr uint32_t kMaxHolderGap = 2;
/// Event heads a year after them names (events.tsv named-by year: كأس
/// العالم 2030), and the figures of a year.
constexpr const char* kYearEvent = "year";
constexpr size_t kYearDigits = 4;
/// A sports federation of a state (الاتحاد الإيطالي لكرة القدم): the word
/// for it (function.tsv), its sport (modifiers.tsv) and its class.
constexpr const char* kSportsBodyClass = "sports-body";
constexpr const char* kSportClass = "sport";
constexpr const char* kSportsBodyOntologyClass = "Organization";
/// Function class of the words for a company (شركة), and its khabar class.
constexpr const char* kCompanyWordClass = "company-word";
constexpr const char* kCompanyOntologyClass = "Company";
/// At most this many words of a company's name no list knows.
constexpr uint32_t kMaxCompanyNameWords = 3;
/// initiatives.tsv named-by: a head that names an initiative only with a purpose.
constexpr const char* kPurposeNamed = "purpose";
/// The function class of "held it" after an event (جلسة عقدها مجلس الأمن).
constexpr const char* kHeldItClass = "held-it";
/// Modifiers of a part of an event (الافتتاحية، الختامية): no name alone.
constexpr const char* kSessionPartClass = "session-part";
/// Definite words that end a document's construct chain (وقف إطلاق النار).
constexpr uint32_t kMaxDocumentGenitiveWords = 2;
/// An organisation head that, before a known name, is that organisation
/// (organizations.tsv, column names).
constexpr const char* kDescriptorHead = "descriptor";
constexpr const char* kNoPlaceHead = "no-place";  // organizations.tsv: not named by a place after it (مركز)
constexpr const char* kOwnNameHead = "own-name";  // organizations.tsv: before the body's own words (حزب)
constexpr uint32_t kMaxOwnNameWords = 4;
constexpr const char* kInPlaceHead = "in-place";  // organizations.tsv: a body that works somewhere (بعثة)
/// Words of a purpose no list has, before the place such a body works in.
constexpr uint32_t kMaxUnlistedPurposeWords = 3;
constexpr const char* kConstructOnly = "construct";  // documents.tsv: a head named only without the article
constexpr const char* kNationalDocClass = "document-national";  // modifiers.tsv: الوطنية of documents
constexpr const char* kVerbalHead = "verbal";  // organizations.tsv: the head is also a verbal noun (إدارة)
/// Adjectives of an office's body, before "in" its country (الانتقالي).
constexpr const char* kOfficeAdjectiveClass = "office-adjective";
/// Modifiers of the kind of a visit (رسمية، دولة، عمل).
constexpr const char* kVisitKindClass = "visit";
/// The event class of visits (events.tsv).
constexpr const char* kVisitEventClass = "Visit";
/// A bare number after a definite event head is its ordinal up to 999
/// (الدورة 163); a year is no ordinal.
constexpr size_t kMaxBareOrdinalDigits = 3;
/// Words between a visit and the place it goes to (التي يقوم بها الرئيس X إلى).
constexpr uint32_t kMaxVisitDestinationWords = 8;
/// Document heads named by their kind or by a definite noun (documents.tsv).
constexpr const char* kKindDefinite = "kind-definite";
/// The function class of the period a document covers (للفترة 2025-2029).
constexpr const char* kPeriodClass = "period";
/// The class of plans and strategies (documents.tsv).
constexpr const char* kPlanClass = "Plan";
/// The stop-word class of a party's government (اتفاقية بين حكومة X وحكومة Y).
constexpr const char* kGovernmentOfClass = "government-of";
/// The trigger class of "issued by" (الصادر عن).
constexpr const char* kIssuedByClass = "issued-by";
/// Modifier classes of the words of bodies' names (modifiers.tsv).
constexpr const char* kBodyNounClass = "body-noun";
constexpr const char* kBodyAdjectiveClass = "body-adjective";
/// Adjectives of bodies between states only (الحكومية: Intergovernmental).
constexpr const char* kStateBodyAdjectiveClass = "state-body-adjective";
/// The class of ministries: named bare, the dateline country's (وزارة الخارجية).
constexpr const char* kMinistryClass = "Ministry";
/// Function classes of "the two countries", "the two sides" (البلدين، الجانبين).
constexpr const char* kBothCountriesClass = "both-countries";
constexpr const char* kBothPartiesClass = "both-parties";
/// Words between بين and البلدين (بين وزارتي خارجية البلدين).
constexpr uint32_t kMaxSidesWords = 2;
/// Modifier class of the adjectives of events (modifiers.tsv: الثلاثي).
constexpr const char* kEventModifierClass = "event";
/// Words from a document's verb to the noun it governs (يطالب بوقف إطلاق النار).
constexpr uint32_t kMaxDocumentClauseWords = 3;
constexpr uint32_t kMaxDocumentClauseAdjectives = 2;
/// The largest number that names a document (a resolution's).
constexpr uint64_t kMaxDocumentNumber = 99999;
/// ... and initiative words.
constexpr uint32_t kMaxInitiativeWords = 3;

/// One recognition pass over one document.
class Run {
 public:
  Run(const Recognizer& owner, const lexicon::Resources& r, const text::Document& doc, Recognizer::Scratch& s,
      std::vector<Mention>& out)
      : owner_(owner), r_(r), doc_(doc), s_(s), out_(out) {}

  void all() {
    for (const auto& sent : doc_.sentences()) {
      send_ = sent.token_end;
      uint32_t i = sent.token_begin;
      while (i < send_) {
        uint32_t next = recognise_at(i);
        i = next > i ? next : i + 1;
      }
    }
  }

 private:
  // ---- match look-up -------------------------------------------------
  const Match* at(uint32_t i, Table t) const {
    if (i >= send_ || !(s_.tables[i] & (1u << static_cast<uint32_t>(t)))) return nullptr;
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      if (s_.matches[k].table == t && s_.matches[k].end <= send_) return &s_.matches[k];
    }
    return nullptr;
  }
  bool any_at(uint32_t i, std::initializer_list<Table> tables) const {
    for (Table t : tables) {
      if (at(i, t)) return true;
    }
    return false;
  }
  const std::string& cls(const Match& m) const { return r_.class_of(m); }
  /// An office is held of a country or an organisation (the range of
  /// officialOf); ولي عهد أبوظبي names a city, which holds no officials.
  bool office_holder_of(int32_t target) const {
    if (target < 0) return false;
    const Mention& t = out_[static_cast<size_t>(target)];
    return t.coarse == "Organization" || r_.ontology().is_a(t.cls, "Country");
  }
  bool punct_is(uint32_t i, std::string_view cls_name) const {
    return i < send_ && doc_.tokens()[i].kind == text::TokenKind::kPunct && r_.punct_class(doc_.key(i)) == cls_name;
  }
  /// The function-word match at i of class `cls_name` when a word is listed
  /// in several classes (المملكة: state-word and home-country), or null.
  const Match* function_of_class(uint32_t i, const char* cls_name) const {
    return match_of_class(i, Table::kFunction, cls_name);
  }
  /// The match of table `t` at i whose class is `cls_name` (within the
  /// sentence), or null.
  const Match* match_of_class(uint32_t i, Table t, const char* cls_name) const {
    if (i >= send_ || !(s_.tables[i] & (1u << static_cast<uint32_t>(t)))) return nullptr;
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      const Match& m = s_.matches[k];
      if (m.table == t && m.end <= send_ && cls(m) == cls_name) return &m;
    }
    return nullptr;
  }
  bool function_is(uint32_t i, const char* cls_name) const {
    const Match* m = at(i, Table::kFunction);
    return m && cls(*m) == cls_name;
  }
  bool is_word(uint32_t i) const {
    return i < send_ && doc_.tokens()[i].kind == text::TokenKind::kWord;
  }
  const lexicon::KbEntity& kb(uint32_t index) const { return r_.kb().entities()[index]; }
  std::string coarse(const std::string& c) const { return r_.coarse_of(c); }

  /// Bytes of token i's text that the first `key_bytes` of its key cover.
  uint32_t text_skip(uint32_t i, uint32_t key_bytes) const {
    if (key_bytes == 0) return 0;
    std::string_view key = doc_.key(i);
    uint32_t letters = 0;
    for (uint32_t b = 0; b < key_bytes && b < key.size(); ++b) {
      letters += (static_cast<unsigned char>(key[b]) & 0xC0) != 0x80;
    }
    std::string_view t = doc_.token_text(i);
    const auto* p = reinterpret_cast<const uint8_t*>(t.data());
    auto n = static_cast<int32_t>(t.size());
    int32_t k = 0;
    uint32_t seen = 0;
    while (k < n) {
      int32_t before = k;
      UChar32 c;
      U8_NEXT(p, k, n, c);
      bool deleted = c >= 0 && r_.tokenizer().folder().deletes(static_cast<char32_t>(c));
      if (!deleted) {
        if (seen == letters) return static_cast<uint32_t>(before);
        ++seen;
      }
    }
    return static_cast<uint32_t>(n);
  }

  // ---- mention construction -------------------------------------------
  Mention base(uint32_t begin, uint32_t end, const Match* first, MentionKind kind) const {
    Mention m;
    m.begin = m.label_begin = begin;
    m.end = m.label_end = end;
    m.sentence = doc_.tokens()[begin].sentence;
    m.kind = kind;
    if (first) {
      take_clitics(m, *first);
      m.label_skip = text_skip(begin, first->clitic_bytes);
    }
    return m;
  }
  /// The conjunction and preposition `first`'s reading carries, as the
  /// mention's (its first token).
  static void take_clitics(Mention& m, const Match& first) {
    m.conj = (first.flags & lexicon::kConj) != 0;
    m.prep = first.flags & (lexicon::kPrepB | lexicon::kPrepL | lexicon::kPrepK);
  }
  void set_label(Mention& m) const {
    m.label = Recognizer::slice(doc_, m.label_begin, m.label_end, m.label_skip);
    // للجنة المركزية: the fused preposition took the article's alef with it
    if (m.label_skip > 0 && m.label_begin == m.begin && (m.hidden_article || fused_article(m.label_begin))) {
      m.label = r_.clitics().article() + m.label;
    }
  }
  /// True when the first token's reading used a fused preposition+article
  /// (لل) whose whole prefix is dropped from labels.
  bool fused_article(uint32_t t) const {
    for (uint32_t k = s_.first[t]; k < s_.first[t + 1]; ++k) {
      const Match& m = s_.matches[k];
      if ((m.flags & lexicon::kArticle) && (m.flags & lexicon::kPrepL) && m.clitic_bytes == m.prefix_bytes &&
          m.prefix_bytes > 0) {
        return true;
      }
    }
    return false;
  }
  /// The identity of a phrase: the dictionary stem of each word (no
  /// article), after the conjunction or preposition on the first word. The
  /// same words give the same key whatever their clitics and spelling.
  std::string stems_key(uint32_t begin, uint32_t end) const {
    std::string key;
    uint32_t first_skip = 0;
    bool accusative = false;  // the head in the indefinite accusative (اجتماعا)
    for (uint32_t k = s_.first[begin]; k < s_.first[begin + 1]; ++k) {
      first_skip = std::max<uint32_t>(first_skip, s_.matches[k].clitic_bytes);
      accusative |= (s_.matches[k].flags & lexicon::kSuffix) != 0;
    }
    for (uint32_t i = begin; i < end; ++i) {
      if (doc_.tokens()[i].kind == text::TokenKind::kPunct) continue;
      if (!key.empty()) key.push_back(' ');
      // اجتماعا طارئا and الاجتماع الطارئ are one phrase: without the case
      // ending, as without the article
      if (accusative) {
        if (std::string_view bare = accusative_stem(i); !bare.empty()) {
          key += bare;
          continue;
        }
      }
      std::string_view word = doc_.key(i);
      if (i == begin) word.remove_prefix(std::min<size_t>(first_skip, word.size()));
      key += r_.clitics().dictionary_stem(word);
    }
    return key;
  }
  /// Token i's stem without its indefinite accusative ending and without
  /// clitics, or "" when it has no such reading.
  std::string_view accusative_stem(uint32_t i) const {
    std::string_view best;
    for (uint32_t c = s_.match.offsets[i]; c < s_.match.offsets[i + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if ((cand.flags & lexicon::kSuffix) && (best.empty() || cand.stem.size() > best.size())) best = cand.stem;
    }
    return best;
  }

  /// A KB mention at i, resolving ambiguous labels by context; -1 if none.
  /// `want` restricts the coarse class ("" for any).
  const Match* kb_at(uint32_t i, std::string_view want, int32_t* entity) const {
    if (i >= send_) return nullptr;
    const Match* found = nullptr;
    int32_t chosen = -1;
    int candidates = 0;
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      const Match& m = s_.matches[k];
      if (m.table != Table::kName || m.end > send_) continue;
      if (found && m.end != found->end) break;  // only the longest
      const auto& e = kb(m.payload);
      if (!want.empty() && coarse(e.cls) != want && e.cls != want) continue;
      if (!found) found = &m;
      ++candidates;
      if (chosen < 0 || in_context(e)) chosen = static_cast<int32_t>(m.payload);
    }
    if (!found) return nullptr;
    if (candidates > 1) {
      // Several entities share the label: the one whose name is written so
      // (عُمان, عمّان: marks the folded key drops), else the one the
      // article's other mentions support, or none.
      if (const int32_t written = written_so(*found); written >= 0) {
        *entity = written;
        return found;
      }
      int supported = 0;
      for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
        const Match& m = s_.matches[k];
        if (m.table == Table::kName && m.end == found->end && in_context(kb(m.payload))) ++supported;
      }
      if (supported != 1) chosen = -1;
    }
    *entity = chosen;
    return found;
  }
  /// Of the entities sharing match `found`'s label, the one and only one
  /// with a name written as the text writes it, marks included; else -1.
  int32_t written_so(const Match& found) const {
    const auto& toks = doc_.tokens();
    std::string_view text = doc_.slice(toks[found.begin].begin, toks[found.end - 1].end);
    text.remove_prefix(std::min<size_t>(text_skip(found.begin, found.prefix_bytes), text.size()));
    if (!text::Folder::has_mark(text)) return -1;
    int32_t chosen = -1;
    for (uint32_t k = s_.first[found.begin]; k < s_.first[found.begin + 1]; ++k) {
      const Match& m = s_.matches[k];
      if (m.table != Table::kName || m.end != found.end) continue;
      const auto& labels = kb(m.payload).labels;
      if (std::any_of(labels.begin(), labels.end(), [&](const lexicon::KbLabel& l) { return l.text == text; })) {
        if (chosen >= 0 && chosen != static_cast<int32_t>(m.payload)) return -1;
        chosen = static_cast<int32_t>(m.payload);
      }
    }
    return chosen;
  }

  /// True when an entity's country is named elsewhere in the article.
  bool in_context(const lexicon::KbEntity& e) const {
    auto it = e.facts.find("country");
    if (it == e.facts.end()) return false;
    int32_t country = r_.kb().index(it->second);
    return std::binary_search(s_.named.begin(), s_.named.end(), static_cast<uint32_t>(country));
  }

  int32_t push(Mention m) {
    set_label(m);
    out_.push_back(std::move(m));
    return static_cast<int32_t>(out_.size() - 1);
  }

  /// Makes `x` name knowledge-base entity `e`: its link, class and identity.
  void link_to(Mention& x, int32_t e) const {
    const auto& k = kb(static_cast<uint32_t>(e));
    x.kb = e;
    x.cls = k.cls;
    x.coarse = coarse(x.cls);
    x.identity = k.key;
  }

  /// The mention of a knowledge-base label match; `entity` is the entity
  /// chosen (kb_at), or -1 for an ambiguous label, kept unlinked.
  Mention kb_mention(const Match& m, int32_t entity) const {
    Mention x = base(m.begin, m.end, &m, MentionKind::kKb);
    if (entity >= 0) {
      link_to(x, entity);
    } else {
      x.cls = kb(m.payload).cls;
      x.coarse = coarse(x.cls);
      x.identity = "label:" + stems_key(m.begin, m.end);
    }
    return x;
  }

  int32_t push_kb(const Match& m, int32_t entity, int32_t parent) {
    Mention x = kb_mention(m, entity);
    x.parent = parent;
    return push(std::move(x));
  }

  int32_t push_adjective(const Match& m, int32_t parent) {
    Mention x = adjective_mention(m, m.begin);
    x.parent = parent;
    return push(std::move(x));
  }

  /// The country (or body) of nationality adjective `a`, as a mention
  /// starting at `begin` (the adjective, or a state word before it).
  Mention adjective_mention(const Match& a, uint32_t begin) const {
    Mention x = base(a.begin, a.end, &a, MentionKind::kAdjective);
    x.begin = begin;
    link_to(x, static_cast<int32_t>(a.payload));
    return x;
  }

  /// وكالة الأمم المتحدة لإغاثة ...، قوة الأمم المتحدة المؤقتة، مجلس السلم
  /// والأمن التابع للاتحاد الأفريقي: a known organisation whose name holds
  /// another in the genitive (right after its head word, or after التابع)
  /// is part of it.
  void nested_body(int32_t idx, const Match& name) {
    // جامعة محمد الخامس بالرباط: a name that ends on ب and its city names
    // the city too
    for (uint32_t t = name.begin + 1; t < name.end; ++t) {
      int32_t e = -1;
      const Match* place = kb_at(t, "Place", &e);
      if (place && place->end == name.end && (place->flags & lexicon::kPrepB) && !(place->flags & lexicon::kConj)) {
        push_kb(*place, e, idx);
        break;
      }
    }
    for (uint32_t t = name.begin + 1; t < name.end; ++t) {
      bool genitive = t <= name.begin + 2;
      if (!genitive) {
        for (uint32_t k = s_.first[t - 1]; k < s_.first[t]; ++k) {
          const Match& a = s_.matches[k];
          genitive |= a.table == Table::kTrigger && a.end == t && cls(a) == "affiliated";
        }
      }
      if (!genitive) continue;
      int32_t e = -1;
      const Match* inner = kb_at(t, "Organization", &e);
      if (!inner || inner->end > name.end || e < 0 || e == out_[static_cast<size_t>(idx)].kb) continue;
      int32_t in = push_kb(*inner, e, idx);
      // (a body of one state is no part of another state's: كتائب حزب الله
      // of Iraq, حزب الله of Lebanon)
      const int32_t outer = out_[static_cast<size_t>(idx)].kb;
      const auto country = [&](int32_t x) {
        const auto& facts = kb(static_cast<uint32_t>(x)).facts;
        auto it = facts.find("country");
        return it == facts.end() ? std::string() : it->second;
      };
      if (outer >= 0 && !country(outer).empty() && !country(e).empty() && country(outer) != country(e)) return;
      out_[static_cast<size_t>(idx)].part_of = in;
      return;
    }
  }

  /// الاتحاد الإيطالي لكرة القدم: the word for a sports body (function
  /// class sports-body), a state's adjective, and after ل a sport
  /// (modifiers.tsv class sport) are that state's federation of the sport
  /// (Italian Football Federation; template sport-federation), with the
  /// state nested; the end, or 0 (also when a known name runs as far: the
  /// knowledge base's own federations).
  uint32_t sports_body_at(uint32_t i, uint32_t kb_end) {
    const Match* w = function_of_class(i, kSportsBodyClass);
    if (!w || w->end >= send_) return 0;
    const Match* a = at(w->end, Table::kNationality);
    if (!a || !(a->flags & lexicon::kArticle) || (a->flags & kStartsPhrase)) return 0;
    const Match* sport = modifier_of_class(a->end, kSportClass);
    if (!sport || !(sport->flags & lexicon::kPrepL) || kb_end >= sport->end) return 0;
    const std::string adjective = kb(a->payload).adjective("en");
    const std::string& sport_en = r_.table(Table::kModifier).entries[sport->payload].extra_at(0);
    Mention x = base(i, sport->end, w, MentionKind::kPhrase);
    x.cls = kSportsBodyOntologyClass;
    x.coarse = coarse(x.cls);
    x.identity = "org:" + stems_key(i, sport->end);
    if (!adjective.empty()) {
      x.label_en = fill(r_.en_template("sport-federation"), {{"adjective", adjective}, {"sport", sport_en}});
    }
    const int32_t idx = push(std::move(x));
    push_adjective(*a, idx);
    return sport->end;
  }

  /// شركة الوسطى للطاقة المتجددة، لشركة تشونغتاي للمواد الجديدة: a word
  /// for a company (function class company-word), one to three words of its
  /// name that no list knows but as a place or a name word, and after ل what
  /// it does in words topics.tsv knows (its mention's topic); the end, or 0
  /// (also when a known name runs as far). English: the name's words as
  /// name_words.tsv or the knowledge base spell them, then the topic
  /// (src/entities/english.cpp).
  uint32_t company_at(uint32_t i, uint32_t kb_end) {
    const Match* w = function_of_class(i, kCompanyWordClass);
    if (!w || (w->flags & (lexicon::kPrepB | lexicon::kPrepK)) || w->end >= send_) return 0;
    uint32_t k = w->end;
    std::string name_en;
    bool spelled = true;  // (every word of the name has an English spelling)
    while (k < send_ && k < w->end + kMaxCompanyNameWords && is_word(k) && listed_purpose_end(k) == k) {
      int32_t e = -1;
      const Match* place = kb_at(k, "Place", &e);
      if (place && e >= 0 && place->end == k + 1 &&
          !(place->flags & (lexicon::kPrepL | lexicon::kPrepB | lexicon::kConj))) {
        name_en += (name_en.empty() ? "" : " ") + kb(static_cast<uint32_t>(e)).short_label("en");
      } else if (any_at(k, {Table::kName, Table::kTitle, Table::kTrigger, Table::kFunction, Table::kStop, Table::kDate,
                             Table::kEventHead, Table::kDocHead, Table::kOrgHead, Table::kNationality,
                             Table::kParticipants, Table::kOrdinal, Table::kInitiativeHead, Table::kModifier}) ||
                 (k > w->end && has_conj(k))) {
        return 0;
      } else if (const auto* spellings = r_.name_word_en(doc_.key(k)); spellings && !spellings->empty()) {
        name_en += (name_en.empty() ? "" : " ") + spellings->front();
      } else {
        spelled = false;
      }
      ++k;
    }
    const uint32_t end = k > w->end ? listed_purpose_end(k) : k;
    if (end == k || kb_end >= end) return 0;
    Mention x = base(i, end, w, MentionKind::kPhrase);
    x.cls = kCompanyOntologyClass;
    x.coarse = coarse(x.cls);
    x.identity = "org:" + stems_key(w->end, end);
    x.topic = k;
    if (spelled) x.label_en = std::move(name_en);
    push(std::move(x));
    return end;
  }

  /// جامعة تسينغهوا، مجموعة سهيل بهوان: a word for a kind of body
  /// (body_words.tsv) and one to three words of a name, each a name word
  /// (name_words.tsv) or a known place, the first without the article, up to
  /// a pause or a word some list knows. English: "{name} HEAD", or "HEAD of
  /// {place}" for a known place alone (templates named-body,
  /// named-body-of-place).
  uint32_t named_body_word_at(uint32_t i, uint32_t kb_end) {
    const Match* w = at(i, Table::kBodyWord);  // (never with the article: see recognize)
    if (!w || w->end >= send_) return 0;
    const auto& head = r_.table(Table::kBodyWord).entries[w->payload];
    uint32_t k = w->end;
    std::string name_en, place_en;
    // (جامعة الأميرة سمية، مستشفى الملك فهد: a courtesy title or a
    // monarch's, then the name)
    // (الأمير is also the office of an emir: any reading of the word)
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1] && k + 1 < send_; ++m) {
      const Match& t = s_.matches[m];
      if (t.table != Table::kTitle || t.end != k + 1 ||
          (t.flags & (lexicon::kConj | lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL)) ||
          (cls(t) != kHonorificClass && cls(t) != kHeadOfficeClass) ||
          r_.table(Table::kTitle).entries[t.payload].extra_at(0).empty() ||
          !(owner_.is_given_name(doc_.key(t.end)) || r_.is_given_name_word(doc_.key(t.end)))) {
        continue;
      }
      name_en = r_.table(Table::kTitle).entries[t.payload].extra_at(0);
      k = t.end;
      break;
    }
    const uint32_t name_from = k;
    // (مؤسسة محمد السادس: a person the knowledge base knows, as English
    // names him)
    int32_t pe = -1;
    const Match* person = name_en.empty() ? kb_at(k, "Person", &pe) : nullptr;
    if (person && pe >= 0 && person->begin == k && person->flags == 0) {
      name_en = kb(static_cast<uint32_t>(pe)).short_label("en");
      k = person->end;
    }
    const bool by_person = k > name_from;
    while (!by_person && k < send_ && k < w->end + kMaxCompanyNameWords + 1 && is_word(k)) {
      int32_t e = -1;
      const Match* place = kb_at(k, "Place", &e);
      // (no list reads the word, but as a clitic and a word when it is a
      // given name as written: فيصل)
      bool plain = true;
      const bool given = owner_.is_given_name_as_written(doc_.token_text(k));
      for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
        const Match& x = s_.matches[m];
        if (x.table != Table::kNameParticle && !(given && x.clitic_bytes > 0)) plain = false;
      }
      // (after a title, the given name some list also knows: الأمير حسين)
      plain = plain || (k == name_from && name_from > w->end);
      // (مستشفى القاسمي: a family name with its article)
      const bool family = k == name_from && plain && r_.is_family_name(doc_.key(k)) && !has_conj(k);
      if (place && e >= 0 && place->end == k + 1 && place->flags == 0) {
        // (جامعة بوترا ماليزيا: a known place inside the name too)
        const std::string& en = kb(static_cast<uint32_t>(e)).short_label("en");
        name_en += (name_en.empty() ? "" : " ") + en;
        place_en = k == w->end ? en : std::string();
      } else if (!family && (!plain || (has_conj(k) && !given) || r_.clitics().has_pronoun_suffix(doc_.key(k)) ||
                             r_.clitics().dictionary_stem(doc_.key(k)).size() != doc_.key(k).size())) {
        break;  // (a word with the article: a noun or an adjective, no name)
      } else if (const auto* spellings = r_.name_word_en(doc_.key(k)); spellings && !spellings->empty()) {
        if (!family && !name_token(k, k == name_from, false)) return 0;
        name_en += (name_en.empty() ? "" : " ") + spellings->front();
        place_en.clear();
      } else {
        break;  // (a word no list spells: مجموعة كبيرة، مجموعة تغريدات are no names)
      }
      ++k;
    }
    // (then what it is for, in words topics.tsv knows: جامعة الأميرة سمية
    // للتكنولوجيا)
    const uint32_t purpose_end = k > name_from ? listed_purpose_end(k) : k;
    // (a name, then a pause or a word some list knows: not جامعة عريقة في)
    if (k == name_from || kb_end >= k ||
        (purpose_end == k && k < send_ && is_word(k) && s_.first[k] == s_.first[k + 1])) {
      return 0;
    }
    Mention x = base(i, purpose_end, w, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    // (the kind too: جامعة الأمير حسين and مستشفى الأمير حسين are two bodies)
    x.identity = "org:" + stems_key(i, purpose_end);
    if (purpose_end > k) x.topic = k;
    x.label_en = fill(r_.en_template(place_en.empty() || k > w->end + 1 ? "named-body" : "named-body-of-place"),
                      {{"name", name_en}, {"place", place_en}, {"head", head.extra_at(0)}});
    push(std::move(x));
    return purpose_end;
  }

  /// The known organisations inside the known name of a document, event or
  /// initiative at `name` (ميثاق الأمم المتحدة: the United Nations), as
  /// mentions nested in mention `idx`. (Not places: the Jeddah Declaration
  /// names no Jeddah the text speaks of.)
  void nested_names(int32_t idx, const Match& name) {
    for (uint32_t t = name.begin + 1; t < name.end;) {
      int32_t e = -1;
      const Match* inner = kb_at(t, "", &e);
      if (!inner || inner->end > name.end || e < 0 || e == out_[static_cast<size_t>(idx)].kb) {
        ++t;
        continue;
      }
      const std::string inner_coarse = coarse(kb(inner->payload).cls);
      if (inner_coarse == "Organization") push_kb(*inner, e, idx);
      t = inner->end;
    }
  }

  /// The knowledge-base organisation named earlier in the article whose
  /// name, as written there, starts with the word at i (الحلف for حلف شمال
  /// الأطلسي, المنظمة for منظمة التعاون الإسلامي); the word must carry the
  /// article and the organisation be the only one so named, known or not.
  /// -1 if none.
  int32_t org_backref_at(uint32_t i) const {
    if (!is_word(i)) return -1;
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      if (s_.matches[k].table != Table::kOrgHead) return -1;  // a word some other list knows
    }
    // (an adjective after it names another body: القوات الإماراتية،
    // المحكمة العسكرية)
    if (i + 1 < send_ && is_word(i + 1) && !has_conj(i + 1)) {
      const Match* a = at(i + 1, Table::kNationality);
      if ((a && (a->flags & lexicon::kArticle)) || at(i + 1, Table::kModifier) ||
          (plain_article_word(i + 1) && r_.clitics().has_nisba_ending(doc_.key(i + 1)))) {
        return -1;
      }
    }
    // the first words of the organisations named so far (read once each;
    // mentions taken back by a phrase that failed are dropped again)
    while (!org_first_words_.empty() && std::get<0>(org_first_words_.back()) >= out_.size()) {
      org_first_words_.pop_back();
    }
    org_scan_ = std::min(org_scan_, out_.size());
    for (; org_scan_ < out_.size(); ++org_scan_) {
      const Mention& m = out_[org_scan_];
      if (m.coarse != "Organization") continue;
      // (a body no list knows with that first word is another candidate:
      // مجلس الجامعة beside مجلس الأمن makes المجلس neither)
      if (m.kind == MentionKind::kPhrase && m.kb < 0) {
        org_first_words_.push_back({org_scan_, r_.clitics().dictionary_stem(doc_.key(m.begin)), kNoKbOrg});
        continue;
      }
      // (a known body a phrase named, جمعية الهلال الأحمر الكويتي, too)
      if (m.kb < 0 || (m.kind != MentionKind::kKb && m.kind != MentionKind::kPhrase)) continue;
      // (a word for what it is before its name, مجموعة "بريكس": المجموعة is it)
      if (m.begin < m.label_begin && is_word(m.begin)) {
        std::string_view word = r_.clitics().dictionary_stem(doc_.key(m.begin));
        if (word.size() == doc_.key(m.begin).size()) org_first_words_.push_back({org_scan_, word, m.kb});
      }
      if (m.label_end - m.label_begin < 2) continue;
      // (الصندوق الكويتي للتنمية: a name that starts with the article too,
      // when its first word is a head of organisations' names)
      std::string_view first = r_.clitics().dictionary_stem(doc_.key(m.label_begin));
      if (first.size() != doc_.key(m.label_begin).size() && !at(m.label_begin, Table::kOrgHead)) continue;
      org_first_words_.push_back({org_scan_, first, m.kb});
    }
    if (org_first_words_.empty()) return -1;
    int32_t found = -1;
    for (const auto& [index, first, kb_index] : org_first_words_) {
      bool same = false;
      for (uint32_t c = s_.match.offsets[i]; c < s_.match.offsets[i + 1]; ++c) {
        const auto& cand = s_.match.candidates[c];
        same |= (cand.flags & lexicon::kArticle) && cand.stem == first;
      }
      if (!same) continue;
      if (found != -1 && found != kb_index) return -1;  // two such organisations: none
      found = kb_index;
    }
    return found >= 0 ? found : -1;
  }

  Mention org_backref_mention(uint32_t i, int32_t org) const {
    Mention x = base(i, i + 1, nullptr, MentionKind::kBackRef);
    for (uint32_t c = s_.match.offsets[i]; c < s_.match.offsets[i + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if (cand.flags & lexicon::kArticle) {
        x.conj = (cand.flags & lexicon::kConj) != 0;
        x.prep = cand.flags & (lexicon::kPrepB | lexicon::kPrepL | lexicon::kPrepK);
        x.label_skip = text_skip(i, cand.clitic_bytes);
        break;
      }
    }
    link_to(x, org);
    return x;
  }

  // ---- complements: what a title, event or organisation is "of" -------
  struct Complement {
    uint32_t end = 0;
    std::vector<Mention> mentions;  ///< first is the complement itself
    std::string rule;
    bool ok() const { return !mentions.empty(); }
  };

  /// The complement a nationality adjective `a` gives, its phrase starting
  /// at `begin` (the adjective, or a state word before it).
  Complement adjective_complement(const Match& a, uint32_t begin) const {
    Complement c;
    c.end = a.end;
    c.rule = "adjective";
    c.mentions.push_back(adjective_mention(a, begin));
    return c;
  }

  /// The country's name right after the state word at i (جمهورية الهند),
  /// or null.
  const Match* state_country(uint32_t i, int32_t* entity) const {
    const Match* n = kb_at(i + 1, "Place", entity);
    // (a clitic starts another phrase: in بين المملكة وفرنسا, France is no
    // kingdom)
    return n && kb(n->payload).cls == "Country" && !(n->flags & kStartsPhrase) ? n : nullptr;
  }
  /// The country `name` (KB entity `entity`) after the state word at i, as
  /// a mention that takes the state word (and its clitics) but not in its
  /// label.
  Mention state_country_mention(uint32_t i, const Match& name, int32_t entity) const {
    Mention x = kb_mention(name, entity);
    x.begin = i;
    take_clitics(x, *function_of_class(i, "state-word"));
    return x;
  }

  /// A country or organisation at i: nationality adjective, a KB name, or an
  /// organisation phrase. `allow_org_phrase` stops unbounded recursion.
  Complement complement_at(uint32_t i, int depth, bool allow_b = false) const {
    Complement c;
    if (i >= send_) return c;
    // a complement is in the genitive or after ل; ب and ك start adverbials
    // (but an office "in" a country: رئيس الوزراء بالمملكة ...)
    const uint8_t refused = allow_b ? lexicon::kPrepK : (lexicon::kPrepB | lexicon::kPrepK);
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      const Match& m = s_.matches[k];
      if ((m.table == Table::kName || m.table == Table::kNationality || m.table == Table::kOrgHead) &&
          (m.flags & refused)) {
        return c;
      }
    }
    if (const Match* a = at(i, Table::kNationality)) {
      int32_t e = -1;
      const Match* n = kb_at(i, "", &e);
      // موريتانيا، إيطاليا، روسيا: a country's name, not its adjective with
      // the alef of the accusative (وزير خارجية روسيا)
      const bool name_wins = n && (a->flags & lexicon::kSuffix) && n->end >= a->end;
      if (!name_wins && (!n || n->end <= a->end)) return adjective_complement(*a, a->begin);
    }
    // وزراء خارجية دول مجلس التعاون: "the states of" a body stand for it
    if (function_is(i, "states-of") && !(at(i, Table::kFunction)->flags & lexicon::kConj) && depth < 4) {
      Complement inner = complement_at(at(i, Table::kFunction)->end, depth + 1);
      if (inner.ok() && inner.mentions.front().coarse == "Organization") return inner;
    }
    // جمهورية الهند، المملكة المغربية ...: a state word before a country name
    if (function_is(i, "state-word")) {
      int32_t state = -1, whole = -1;
      const Match* full = kb_at(i, "Place", &whole);
      if (const Match* n = state_country(i, &state)) {
        // جمهورية مصر العربية: the full name, when the knowledge base has it
        if (full && full->end > n->end && kb(full->payload).cls == "Country" && !(full->flags & lexicon::kPrepK)) {
          c.end = full->end;
          c.rule = "genitive";
          c.mentions.push_back(kb_mention(*full, whole));
          return c;
        }
        c.end = n->end;
        c.rule = "genitive";
        c.mentions.push_back(state_country_mention(i, *n, state));
        return c;
      }
      // الجمهورية اليونانية: a state word and a nationality adjective (but
      // المملكة الأردنية الهاشمية: the full name, when the knowledge base
      // has one that runs past the adjective)
      if (const Match* a = at(i + 1, Table::kNationality); a && (a->flags & lexicon::kArticle)) {
        if (full && full->end > a->end && kb(full->payload).cls == "Country" && !(full->flags & lexicon::kPrepK)) {
          c.end = full->end;
          c.rule = "genitive";
          c.mentions.push_back(kb_mention(*full, whole));
          return c;
        }
        return adjective_complement(*a, i);
      }
    }
    if (depth < 4) {
      Complement org = org_phrase_at(i, depth + 1);
      int32_t e = -1;
      const Match* n = kb_at(i, "", &e);
      Complement body = !org.ok() || adjective_of(org) ? named_body_at(i) : Complement();
      if (org.ok() && adopt_kb(org, n ? n->end : 0, e) && (!body.ok() || body.end < org.end)) {
        org.rule = "genitive";
        return org;
      }
      if (body.ok() && (!n || n->end < body.end)) return body;
    }
    int32_t e = -1;
    // المستشار بالديوان الملكي: a body of the home state named bare
    if (uint32_t end = 0; depth < 4 && !kb_at(i, "", &e)) {
      if (const int32_t home = home_body_at(i, &end); home >= 0) {
        Mention x = base(i, end, at(i, Table::kOrgHead), MentionKind::kPhrase);
        if (!(x.prep & refused)) {
          link_to(x, home);
          c.end = end;
          c.rule = "genitive";
          c.mentions.push_back(std::move(x));
          return c;
        }
      }
    }
    if (const Match* n = kb_at(i, "", &e)) {
      const auto& ent = kb(n->payload);
      std::string co = coarse(ent.cls);
      if (co == "Place" || co == "Organization") {
        c.end = n->end;
        c.rule = "genitive";
        c.mentions.push_back(kb_mention(*n, e));
      }
    } else if (int32_t org = org_backref_at(i); org >= 0) {
      Mention x = org_backref_mention(i, org);
      if (!(x.prep & refused)) {
        c.end = i + 1;
        c.rule = "genitive";
        c.mentions.push_back(std::move(x));
      }
    }
    return c;
  }

  /// مجموعة "A3+"، حركة "النهضة": a head noun and a name in quotes (at
  /// most kMaxNameTokens words); the name is the label, the head the class.
  Complement quoted_org_at(uint32_t i, const Match& h, const std::string& cls) const {
    Complement c;
    uint32_t open = h.end;
    if (!punct_is(open, "quote")) return c;
    uint32_t close = open + 1;
    while (close < send_ && close - open <= kMaxNameTokens && !punct_is(close, "quote")) {
      if (doc_.tokens()[close].kind == text::TokenKind::kPunct && !punct_is(close, "joiner") &&
          r_.punct_class(doc_.key(close)).empty()) {
        ++close;  // a sign inside the name (A3+)
        continue;
      }
      if (doc_.tokens()[close].kind == text::TokenKind::kPunct && !punct_is(close, "joiner")) return c;
      ++close;
    }
    if (close >= send_ || close == open + 1 || !punct_is(close, "quote")) return c;
    int32_t e = -1;
    if (const Match* n = kb_at(open + 1, "", &e); n && n->end == close) {
      // حركة "حماس": the name is known
      if (coarse(kb(n->payload).cls) != "Organization") return c;
      Mention x = kb_mention(*n, e);
      x.begin = i;
      c.end = close + 1;
      c.rule = "genitive";
      c.mentions.push_back(std::move(x));
      return c;
    }
    Mention x = base(i, close + 1, &h, MentionKind::kPhrase);
    x.label_begin = open + 1;
    x.label_end = close;
    x.label_skip = 0;
    x.cls = cls;
    x.coarse = coarse(cls);
    x.identity = "org:" + stems_key(open + 1, close);
    c.end = close + 1;
    c.rule = "genitive";
    c.mentions.push_back(std::move(x));
    return c;
  }

  /// True when organisation phrase `org` is of a nationality adjective.
  static bool adjective_of(const Complement& org) {
    return org.mentions.size() > 1 && org.mentions[1].kind == MentionKind::kAdjective;
  }

  /// An organisation phrase at i: head noun + complement (required).
  Complement org_phrase_at(uint32_t i, int depth) const {
    Complement c;
    const Match* h = at(i, Table::kOrgHead);
    // (إليها "to it" folds like آلية with a pronoun: a preposition)
    if (!h || function_of_class(i, "prep-pronoun")) return c;
    Complement inner = complement_at(h->end, depth);
    // (a name after و is no genitive of the head: الجيش والتحالف is two bodies)
    if (inner.ok() && starts_with_conj(h->end)) inner = {};
    // (an adjective agrees with a head with the article: in التحالف تركي
    // بن سعد, تركي is a name, not "Turkish")
    if (const Match* a = at(h->end, Table::kNationality);
        inner.ok() && a && inner.mentions.front().kind == MentionKind::kAdjective && (h->flags & lexicon::kArticle) &&
        !(a->flags & lexicon::kArticle)) {
      inner = {};
    }
    const auto& head = r_.table(Table::kOrgHead).entries[h->payload];
    // (مركز المدينة is the city centre, دائرة بيروت an electoral district:
    // such heads name no body by a place after them)
    if (inner.ok() && head.extra_at(2) == kNoPlaceHead && inner.mentions.front().coarse == "Place" &&
        inner.mentions.front().kind != MentionKind::kAdjective) {
      inner = {};
    }
    // وزارة الطاقة في المملكة العربية السعودية: a national body "in" its
    // country (a head with a code: ministries, governments)
    if (!inner.ok() && !head.extra_at(1).empty() && function_is(h->end, "in")) {
      Complement in_country = complement_at(h->end + 1, depth);
      if (in_country.ok() && in_country.mentions.front().coarse == "Place" &&
          in_country.mentions.front().cls == "Country" && in_country.mentions.front().kind != MentionKind::kAdjective) {
        inner = std::move(in_country);
      }
    }
    if (!inner.ok() && !head.extra_at(1).empty()) {
      // وزارة الصحة in a state news agency's copy (كونا، واس): a national
      // body of no country named is the agency's state's
      if (Complement home = home_body_at(i, *h, head.extra_at(1)); home.ok()) return home;
    }
    if (!inner.ok()) return quoted_org_at(i, *h, head.cls);
    // بعثة الاتحاد الإفريقي للدعم والاستقرار في الصومال: a body of another
    // that works somewhere (in-place): what it is for, and where, name it
    uint32_t end = inner.end;
    Complement where;
    if (head.extra_at(2) == kInPlaceHead && inner.mentions.front().kind != MentionKind::kAdjective) {
      auto place_at = [&](uint32_t k) {
        Complement p = function_is(k, "in") ? complement_at(k + 1, depth + 1) : Complement();
        return p.ok() && p.mentions.front().coarse == "Place" && p.mentions.front().kind != MentionKind::kAdjective
                   ? p
                   : Complement();
      };
      end = listed_purpose_end(end);
      // (or a purpose no list has, ل and a few words, when the place
      // follows it: لدعم الانتقال في السودان)
      if (end == inner.end && prep_l_word(end)) {
        for (uint32_t k = end + 1; k < send_ && k <= inner.end + kMaxUnlistedPurposeWords && is_word(k - 1); ++k) {
          if (place_at(k).ok()) {
            end = k;
            break;
          }
        }
      }
      where = place_at(end);
      if (where.ok()) end = where.end;
    }
    Mention x = base(i, end, h, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    const Mention& of = inner.mentions.front();
    std::string of_en = english(of);
    bool of_country = of.coarse == "Place";
    std::string code = head.extra_at(1);
    if (of_country && !code.empty() && of.kb >= 0) {
      // a government body of a country: the KB's gov/<iso>/<code> if known
      state_body(x, of.kb, code);
    } else {
      x.identity = "org:" + stems_key(i, end);
    }
    if (!of_en.empty() && !head.extra_at(0).empty()) {
      x.label_en = fill(r_.en_template(of_country ? "org-of-country" : "org-of-org"),
                        {{"head", head.extra_at(0)}, {"complement", of_country ? r_.english_place(of_en) : of_en}});
    }
    c.end = end;
    c.mentions.push_back(std::move(x));
    for (auto& m : inner.mentions) c.mentions.push_back(std::move(m));
    for (auto& m : where.mentions) c.mentions.push_back(std::move(m));
    return c;
  }

  /// The key gov/<iso>/<code> of the body of code `code` (organizations.tsv)
  /// of country `country` (a knowledge-base index).
  std::string state_body_key(int32_t country, const std::string& code) const {
    const std::string& key = kb(static_cast<uint32_t>(country)).key;
    const size_t slash = key.find('/');
    return "gov/" + (slash == std::string::npos ? key : key.substr(slash + 1)) + "/" + code;
  }
  /// Makes `x` that body: its identity, and its knowledge-base link and
  /// class when the knowledge base knows it.
  void state_body(Mention& x, int32_t country, const std::string& code) const {
    x.identity = state_body_key(country, code);
    if (const int32_t idx = r_.kb().index(x.identity); idx >= 0) {
      x.kb = idx;
      x.cls = kb(static_cast<uint32_t>(idx)).cls;
      x.coarse = coarse(x.cls);
    }
  }

  /// The body of code `code` (gov/<iso>/<code>: the knowledge base's, else
  /// named as the head of that state) of the state whose news agency
  /// credits the article, for the head `h` at i that ends the phrase (no
  /// word of its name, adjective or complement after it); empty when no
  /// state news agency credits it. (The body of an office too: المتحدث
  /// باسم وزارة الخارجية is an official of the agency's state's ministry.)
  /// home_ministry_at reads the bare heads this leaves at the top level (a
  /// ministry in an article its country's own agency datelines at home).
  Complement home_body_at(uint32_t i, const Match& h, const std::string& code) const {
    Complement c;
    const int32_t home = home_state();
    if (home < 0 || (h.flags & lexicon::kArticle)) return c;
    if (h.end < send_ && (plain_article_word(h.end) || at(h.end, Table::kNationality))) return c;
    Mention x = base(i, h.end, &h, MentionKind::kPhrase);
    const auto& head = r_.table(Table::kOrgHead).entries[h.payload];
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    // (with no knowledge-base entry, english.cpp names it as with its
    // country after it: Ministry of Health of Kuwait)
    state_body(x, home, code);
    c.end = h.end;
    c.mentions.push_back(std::move(x));
    return c;
  }

  /// مجلس التنسيق السعودي المصري، مجلس الشراكة الاستراتيجية السعودي
  /// البرتغالي، اللجنة المشتركة السعودية المصرية: a body no list knows,
  /// named by the words of bodies (modifiers.tsv: body-noun, body-adjective)
  /// and the nationality adjectives of its states (one to three). Its
  /// English name puts the states first (Saudi-Egyptian Coordination
  /// Council). The body comes first in the complement, its states after it.
  Complement named_body_at(uint32_t i) const {
    Complement c;
    const Match* h = at(i, Table::kOrgHead);
    if (!h || (h->flags & (lexicon::kPrepB | lexicon::kPrepK)) || h->end >= send_) return c;
    const auto& head = r_.table(Table::kOrgHead).entries[h->payload];
    if (head.extra_at(0).empty()) return c;
    const auto& mods = r_.table(Table::kModifier).entries;
    // English noun groups in the article's order: adjectives then the noun
    std::vector<std::vector<std::string>> groups;
    std::vector<std::string> head_adjectives, after_states;
    std::vector<const Match*> states;
    const bool definite = (h->flags & lexicon::kArticle) != 0;
    bool phrase_noun = false;  // a noun listed with its adjective (الصحة العامة)
    uint32_t k = h->end;
    while (k < send_) {
      const Match* a = at(k, Table::kNationality);
      if (a && (a->flags & lexicon::kArticle) && !(a->flags & kStartsPhrase) && states.size() < 3 &&
          after_states.empty()) {
        states.push_back(a);
        k = a->end;
        continue;
      }
      // الجزائرية-الموريتانية: a joiner between two states' adjectives
      if (!states.empty() && after_states.empty() && states.size() < 3 && punct_is(k, "joiner")) {
        const Match* b = at(k + 1, Table::kNationality);
        if (b && (b->flags & lexicon::kArticle) && !(b->flags & kStartsPhrase)) {
          states.push_back(b);
          k = b->end;
          continue;
        }
      }
      if (const Match* n = modifier_of_class(k, kBodyNounClass); n && states.empty()) {
        // (after ل: what the body is for, below)
        if ((n->flags & lexicon::kPrepL) && !(n->flags & lexicon::kConj)) break;
        // a construct head takes a noun; a definite head takes adjectives only
        if (definite || (n->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) return c;
        if (groups.empty() != !(n->flags & lexicon::kConj)) return c;  // و joins a second noun only
        groups.push_back({mods[n->payload].extra_at(0)});
        phrase_noun |= n->end > n->begin + 1;
        k = n->end;
        continue;
      }
      const Match* m = modifier_of_class(k, kBodyAdjectiveClass);
      // الحكومية: an adjective that names only a body of states, before
      // another adjective of bodies, a state's or بين (اللجنة الحكومية
      // المشتركة), not a state's own (صندوق التنمية الحكومي)
      if (const Match* st = m ? nullptr : modifier_of_class(k, kStateBodyAdjectiveClass)) {
        const uint32_t next = st->end;
        const Match* state = at(next, Table::kNationality);
        if (modifier_of_class(next, kBodyAdjectiveClass) || function_is(next, "between") ||
            (state && (state->flags & lexicon::kArticle))) {
          m = st;
        }
      }
      if (m && !(m->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) {
        const std::string& en = mods[m->payload].extra_at(0);
        // after two nouns, an adjective of the head's gender is the head's
        // (لجنة التنسيق والمتابعة المشتركة: the Joint Coordination and
        // Follow-up Committee; لجنة المتابعة والتشاور السياسي: Political
        // Consultation)
        const bool of_head = states.empty() && groups.size() >= 2 && !(m->flags & lexicon::kConj) &&
                             feminine(h->begin) == feminine(m->begin);
        auto& list = !states.empty() ? after_states
                     : groups.empty() || of_head ? head_adjectives
                                                 : groups.back();
        const size_t first = !states.empty() || groups.empty() || of_head ? 0 : 1;  // a group starts with its noun
        if (m->flags & lexicon::kConj) {
          // السياسية والأمنية: coordinated adjectives keep their order
          if (list.size() <= first) return c;
          list.back() += ' ' + r_.en_template("and") + ' ' + en;
        } else {
          list.push_back(en);
        }
        k = m->end;
        continue;
      }
      break;
    }
    // للتعاون الاقتصادي والتجاري والفني: what the body is for, a noun after
    // ل and its adjectives (for Economic, Trade and Technical Cooperation)
    std::string purpose_en;
    const uint32_t purpose_from = k;
    if (const Match* n = modifier_of_class(k, kBodyNounClass);
        n && (n->flags & lexicon::kPrepL) && !(n->flags & lexicon::kConj) &&
        (!groups.empty() || !head_adjectives.empty() || !states.empty())) {
      std::vector<std::string> adjectives;
      uint32_t p = n->end;
      while (const Match* m = modifier_of_class(p, kBodyAdjectiveClass)) {
        if ((m->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL)) ||
            adjectives.empty() == ((m->flags & lexicon::kConj) != 0)) {
          break;  // (the first without و, the others with it)
        }
        adjectives.push_back(mods[m->payload].extra_at(0));
        p = m->end;
      }
      purpose_en = r_.en_template("purpose");
      std::string words;
      for (size_t a = 0; a < adjectives.size(); ++a) {
        if (a > 0) words += a + 1 == adjectives.size() ? ' ' + r_.en_template("and") + ' ' : std::string(", ");
        words += adjectives[a];
      }
      if (!words.empty()) words += ' ';
      words += mods[n->payload].extra_at(0);
      purpose_en = purpose_en.empty() ? std::string() : fill(purpose_en, {{"purpose", words}});
      if (!purpose_en.empty()) k = p;
    }
    // الهيئة العامة للغذاء والتغذية، الهيئة السعودية للمدن الصناعية: an
    // adjective or a state's, then what the body is for in words topics.tsv
    // knows (put into English from the mention's topic), when they run
    // further than the nouns of bodies (للتجارة والاستثمار)
    uint32_t topic = 0;
    // (المجلس الأعلى للشباب والرياضة: a head listed with its adjective)
    const bool listed_adjective = h->end > h->begin + 1 && modifier_of_class(h->end - 1, kBodyAdjectiveClass);
    if (groups.empty() && (!head_adjectives.empty() || states.size() == 1 || listed_adjective)) {
      if (const uint32_t t = listed_purpose_end(purpose_from); t > k || (t > purpose_from && purpose_en.empty())) {
        purpose_en.clear();
        topic = purpose_from;
        k = t;
      }
    }
    // (with no states: nouns with an adjective, or two nouns — لجنة التنسيق
    // والمتابعة المشتركة، لجنة المتابعة والتشاور، هيئة الصحة العامة (a noun
    // listed with its adjective) — not a noun alone; or
    // anything between "the two countries": اللجنة المشتركة بين البلدين;
    // or between states it names: اللجنة العليا بين قطر وتركيا)
    const bool sides = states.empty() && between_two_sides(k);
    Complement members;
    std::string members_en;
    if (states.empty() && !sides && (!groups.empty() || !head_adjectives.empty())) {
      members = between_at(k);
      const bool places = std::all_of(members.mentions.begin(), members.mentions.end(),
                                      [](const Mention& m) { return m.coarse == "Place"; });
      members_en = places ? members_short_en(members) : std::string();
      if (members.mentions.size() < 2 || members_en.empty()) {
        members = {};
        members_en.clear();
      }
    }
    // (or an adjective and what it is for: اللجنة الحكومية المشتركة للتعاون الفني)
    if (states.empty() && !sides && members.mentions.empty() && purpose_en.empty() && topic == 0) {
      if (head.extra_at(2) == kVerbalHead) return c;  // (في إدارة المياه الزراعية: management)
      const bool adjective = !head_adjectives.empty() || phrase_noun ||
                             std::any_of(groups.begin(), groups.end(), [](const auto& g) { return g.size() > 1; });
      if (groups.empty() || (groups.size() < 2 && !adjective)) return c;
    }
    // (اللجنة السعودية المصرية: two states and the head alone name a body)
    if (groups.empty() && head_adjectives.empty() && after_states.empty() && states.size() < 2 && topic == 0) return c;
    // (للجنة may hide the article: ل + اللجنة)
    if (groups.empty() && !definite && !(h->flags & lexicon::kPrepL)) return c;
    // English: the states, the adjectives (English order), the nouns, the head
    std::string en = members_en;
    for (const Match* a : states) {
      std::string adjective = kb(a->payload).adjective("en");
      if (adjective.empty()) return c;
      if (!en.empty()) en += '-';
      en += adjective;
    }
    auto add = [&en](const std::string& w) {
      if (w.empty()) return;
      if (!en.empty()) en += ' ';
      en += w;
    };
    for (auto it = after_states.rbegin(); it != after_states.rend(); ++it) add(*it);
    for (auto it = head_adjectives.rbegin(); it != head_adjectives.rend(); ++it) add(*it);
    for (size_t g = 0; g < groups.size(); ++g) {
      if (g > 0) add(r_.en_template("and"));
      for (size_t w = groups[g].size(); w-- > 1;) add(groups[g][w]);
      add(groups[g][0]);
    }
    add(head.extra_at(0));
    add(purpose_en);
    const uint32_t end = members.mentions.empty() ? k : members.end;
    Mention x = base(i, end, h, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    x.identity = "org:" + stems_key(i, k);
    x.label_en = en;
    x.topic = topic;
    x.between_sides = sides;
    x.hidden_article = !definite && groups.empty();
    c.end = end;
    c.rule = "genitive";
    c.mentions.push_back(std::move(x));
    for (const Match* a : states) c.mentions.push_back(adjective_mention(*a, a->begin));
    for (auto& m : members.mentions) c.mentions.push_back(std::move(m));
    return c;
  }

  /// English name of a body named by its words and what it is between
  /// (آلية التعاون الثلاثي بين الأردن ومصر والعراق: Jordan-Egypt-Iraq
  /// Trilateral Cooperation Mechanism): its members' short names, its
  /// adjectives in English order, its noun, its head; "" unless every word
  /// has an English one (modifiers.tsv: body-noun, body-adjective, event).
  std::string between_body_en(const Match& h, uint32_t end, const Complement& members) const {
    const auto& head = r_.table(Table::kOrgHead).entries[h.payload];
    if (head.extra_at(0).empty()) return {};
    const auto& mods = r_.table(Table::kModifier).entries;
    std::string noun;
    std::vector<std::string> adjectives;
    for (uint32_t k = h.end; k < end;) {
      if (const Match* n = modifier_of_class(k, kBodyNounClass); n && noun.empty() && adjectives.empty()) {
        noun = mods[n->payload].extra_at(0);
        k = n->end;
      } else if (const Match* a = modifier_of_class(k, kBodyAdjectiveClass)) {
        adjectives.push_back(mods[a->payload].extra_at(0));
        k = a->end;
      } else if (const Match* e = modifier_of_class(k, kEventModifierClass)) {
        adjectives.push_back(mods[e->payload].extra_at(0));
        k = e->end;
      } else {
        return {};
      }
    }
    std::string en = members_short_en(members);
    if (en.empty()) return {};
    for (auto it = adjectives.rbegin(); it != adjectives.rend(); ++it) en += ' ' + *it;
    if (!noun.empty()) en += ' ' + noun;
    return en + ' ' + head.extra_at(0);
  }

  /// The short English names of the known entities a body is between,
  /// joined as parties are (Jordan-Egypt-Iraq); "" when one has none.
  std::string members_short_en(const Complement& members) const {
    std::string en;
    for (const Mention& m : members.mentions) {
      const std::string name = m.kb >= 0 ? kb(static_cast<uint32_t>(m.kb)).short_label("en") : std::string();
      if (name.empty()) return {};
      en = en.empty() ? name : fill(r_.en_template("parties"), {{"a", en}, {"b", name}});
    }
    return en;
  }

  /// True when the word at token k has a feminine ending (ة).
  bool feminine(uint32_t k) const { return r_.clitics().has_feminine_ending(doc_.token_text(k)); }

  /// A body no list knows from its head `h` at i to `end`: of the head's
  /// class, known by its words.
  Mention unknown_body(uint32_t i, uint32_t end, const Match& h) const {
    Mention x = base(i, end, &h, MentionKind::kPhrase);
    x.cls = r_.table(Table::kOrgHead).entries[h.payload].cls;
    x.coarse = coarse(x.cls);
    x.identity = "org:" + stems_key(i, end);
    return x;
  }

  /// True when the word at token k may be read with ل before it (لدعم).
  bool prep_l_word(uint32_t k) const {
    if (k >= send_ || !is_word(k)) return false;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const uint8_t f = s_.match.candidates[c].flags;
      if ((f & lexicon::kPrepL) && !(f & lexicon::kConj)) return true;
    }
    return false;
  }

  /// True when a name, adjective or head at token k carries the conjunction.
  bool starts_with_conj(uint32_t k) const {
    if (k >= send_) return false;
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
      const Match& x = s_.matches[m];
      if ((x.table == Table::kName || x.table == Table::kNationality || x.table == Table::kOrgHead) &&
          (x.flags & lexicon::kConj)) {
        return true;
      }
    }
    return false;
  }

  /// Whether an organisation phrase wins over a knowledge-base label ending
  /// at `kb_end` (entity `e`): when longer, or when it has the same span and
  /// the label names an organisation. Then the phrase keeps its structure
  /// (its parent bodies) and takes the knowledge-base link.
  bool adopt_kb(Complement& org, uint32_t kb_end, int32_t e) const {
    if (org.end > kb_end) return true;
    if (org.end < kb_end || e < 0) return false;
    if (coarse(kb(static_cast<uint32_t>(e)).cls) != "Organization") return false;
    link_to(org.mentions.front(), e);
    return true;
  }

  /// English label of a mention: the KB's, or the composed one.
  std::string english(const Mention& m) const {
    if (m.kb >= 0) return kb(static_cast<uint32_t>(m.kb)).label("en");
    return m.label_en;
  }

  static std::string fill(const std::string& tmpl,
                          std::initializer_list<std::pair<const char*, std::string>> values) {
    if (tmpl.empty()) return {};
    std::string out;
    for (size_t i = 0; i < tmpl.size();) {
      if (tmpl[i] == '{') {
        size_t close = tmpl.find('}', i);
        std::string name = tmpl.substr(i + 1, close - i - 1);
        for (const auto& [k, v] : values) {
          if (name == k) out += v;
        }
        i = close == std::string::npos ? tmpl.size() : close + 1;
      } else {
        out.push_back(tmpl[i++]);
      }
    }
    // collapse the spaces left by empty slots
    std::string clean;
    for (char ch : out) {
      if (ch == ' ' && (clean.empty() || clean.back() == ' ')) continue;
      clean.push_back(ch);
    }
    while (!clean.empty() && clean.back() == ' ') clean.pop_back();
    return clean;
  }

  /// Pushes a complement's mentions under `parent`; returns the index of
  /// the first (the complement itself). Nested org chains keep part_of.
  int32_t push_complement(Complement& c, int32_t parent) {
    int32_t first = -1;
    int32_t prev = -1;
    for (auto& m : c.mentions) {
      m.parent = parent;
      int32_t idx = push(std::move(m));
      if (first < 0) first = idx;
      // each organisation phrase is part of the next level of its chain
      if (prev >= 0 && out_[static_cast<size_t>(prev)].kind == MentionKind::kPhrase &&
          out_[static_cast<size_t>(prev)].coarse == "Organization" &&
          out_[static_cast<size_t>(prev)].part_of < 0 &&
          out_[static_cast<size_t>(idx)].coarse == "Organization") {
        out_[static_cast<size_t>(prev)].part_of = idx;
      }
      prev = idx;
    }
    return first;
  }

  // ---- recognisers ------------------------------------------------------
  uint32_t recognise_at(uint32_t i) {
    int32_t e = -1;
    const Match* name = kb_at(i, "", &e);
    uint32_t kb_end = name ? name->end : 0;

    if (uint32_t end = honorific_pronoun(i); end) return end;
    if (uint32_t end = dual_title_surnames(i); end) return end;

    if (uint32_t end = titled_person(i); end) return end;
    for (auto phrase : {&Run::event_phrase, &Run::document_phrase, &Run::initiative_phrase, &Run::venue_phrase}) {
      if (uint32_t end = (this->*phrase)(i, kb_end); end) return end;
    }
    if (uint32_t end = sports_body_at(i, kb_end); end) return end;
    // منظمة إيكواس، مجموعة دول بريكس، رابطة آسيان: a word for what the
    // organisation is, then its known name, is that organisation
    if (const Match* d = at(i, Table::kOrgHead);
        d && d->end > kb_end && r_.table(Table::kOrgHead).entries[d->payload].extra_at(2) == kDescriptorHead) {
      uint32_t k = d->end;
      if (const Match* st = function_of_class(k, "states-of"); st && !(st->flags & lexicon::kConj)) k = st->end;
      // (the name in quotes or brackets: مجموعة "بريكس"، تحالف (أوبك+))
      const bool quoted = punct_is(k, "quote"), bracketed = punct_is(k, "open");
      if (quoted || bracketed) ++k;
      int32_t oe = -1;
      const Match* o = kb_at(k, "Organization", &oe);
      if (o && !(o->flags & (kStartsPhrase | lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL)) &&
          o->begin == k && (!(quoted || bracketed) || punct_is(o->end, quoted ? "quote" : "close"))) {
        const uint32_t end = quoted || bracketed ? o->end + 1 : o->end;
        Mention x = kb_mention(*o, oe);
        x.begin = i;
        x.end = end;
        take_clitics(x, *d);
        int32_t idx = push(std::move(x));
        if (out_[static_cast<size_t>(idx)].coarse == "Organization") nested_body(idx, *o);
        return end;
      }
    }
    if (uint32_t end = company_at(i, kb_end); end) return end;
    if (uint32_t end = named_body_word_at(i, kb_end); end) return end;
    Complement org = org_phrase_at(i, 0);
    // (a body of states only where the organisation phrase is of a state's
    // adjective: اللجنة السعودية المصرية، or where there is none)
    Complement body = !org.ok() || adjective_of(org) ? named_body_at(i) : Complement();
    // (اللجنة السعودية المصرية المشتركة: a body of two states, not the
    // Saudi committee)
    if (org.ok() && adopt_kb(org, kb_end, e) && (!body.ok() || body.end < org.end)) {
      push_complement(org, -1);
      return org.end;
    }
    // مجلس الأمن الوطني: a head of bodies that runs past a known name (مجلس
    // الأمن) is another body, even with no country after it: not the known one
    if (name && !body.ok()) {
      for (uint32_t m = s_.first[i]; m < s_.first[i + 1]; ++m) {
        const Match& x = s_.matches[m];
        if (x.table == Table::kOrgHead && x.end > kb_end && x.begin == name->begin) return x.end;
      }
    }
    if (body.ok() && kb_end < body.end) {
      int32_t idx = push(std::move(body.mentions.front()));
      for (size_t k = 1; k < body.mentions.size(); ++k) {
        body.mentions[k].parent = idx;
        push(std::move(body.mentions[k]));
      }
      return body.end;
    }
    // آلية التعاون الثلاثي بين الأردن ومصر والعراق: a body no list knows,
    // named by what it is between (its members follow, as mentions)
    if (!name) {
      std::vector<const Match*> adjectives;
      if (uint32_t end = unknown_body_end(i, adjectives); end > i && function_is(end, "between")) {
        Complement members = between_at(end);
        if (members.mentions.size() >= 2) {
          const Match* h = at(i, Table::kOrgHead);
          Mention x = unknown_body(i, end, *h);
          x.label_en = between_body_en(*h, end, members);
          int32_t idx = push(std::move(x));
          for (const Match* a : adjectives) push_adjective(*a, idx);
          return end;
        }
      }
    }
    // حزب الوسط الإسلامي: a head before the body's own name
    if (const uint32_t end = name ? 0 : own_name_end(i); end) {
      push(unknown_body(i, end, *at(i, Table::kOrgHead)));
      return end;
    }
    // وزارة الخارجية bare, in an article of أ ش أ datelined in Cairo: the
    // ministry of the dateline's country (the knowledge base's gov/<iso>/<code>)
    if (int32_t home = -1; !name && (home = home_ministry_at(i)) >= 0) {
      const Match* h = at(i, Table::kOrgHead);
      push(linked_mention(i, *h, MentionKind::kPhrase, home));
      return h->end;
    }
    // مجلس النواب bare in بنا's copy: the KB's مجلس النواب البحريني
    if (uint32_t end = 0; !name) {
      if (const int32_t home_org = home_body_at(i, &end); home_org >= 0) {
        Mention x = base(i, end, at(i, Table::kOrgHead), MentionKind::kPhrase);
        link_to(x, home_org);
        push(std::move(x));
        return end;
      }
    }
    if (name && credit_line(*name)) return name->end;
    // العاصمة السعودية الرياض: after a place word, a word that is both a
    // country's name and an adjective is the adjective
    if (const Match* a = at(i, Table::kNationality);
        a && name && a->end == name->end && i > 0 && function_is(i - 1, "place-word")) {
      push_adjective(*a, -1);
      return a->end;
    }
    if (name && name_goes_on(*name)) {
      // عبدالله بن ناصر الشهري: more than the known عبدالله بن ناصر
      Mention x = base(i, name->end + 1, name, MentionKind::kTitled);
      x.cls = x.coarse = "Person";
      x.identity = "person:" + stems_key(i, name->end + 1);
      return post_titles(push(std::move(x)), name->end + 1);
    }
    if (name) {
      int32_t idx = push_kb(*name, e, -1);
      // ريو دي جانيرو بالبرازيل، دافوس بسويسرا: a city, then ب and a country
      if ((name->flags & lexicon::kPrepB) && !(name->flags & lexicon::kConj) && out_[static_cast<size_t>(idx)].cls == "Country") {
        for (size_t k = static_cast<size_t>(idx); k-- > 0;) {
          if (out_[k].parent >= 0) continue;
          if (out_[k].end == name->begin && out_[k].cls == "City" && out_[k].kind == MentionKind::kKb) {
            out_[k].located_in = idx;
          }
          break;
        }
      }
      if (out_[static_cast<size_t>(idx)].coarse == "Person") return post_titles(idx, name->end);
      if (out_[static_cast<size_t>(idx)].coarse == "Organization") nested_body(idx, *name);
      const std::string& named = out_[static_cast<size_t>(idx)].coarse;
      if (named == "Document" || named == "Event" || named == "Initiative") nested_names(idx, *name);
      return name->end;
    }
    // يانيس فاروفاكيس، رئيس الوزراء اليوناني، ...: a name no list knows,
    // set off before an office of a country or body
    if (uint32_t end = name_before_titles(i); end) return end;
    // وقعت دولة قطر وجمهورية رواندا، تعد المملكة المغربية: a state word
    // before a country's name or adjective names the country
    if (!name && function_of_class(i, "state-word")) {
      int32_t state = -1;
      if (const Match* n = state_country(i, &state)) {
        push(state_country_mention(i, *n, state));
        return n->end;
      }
      const Match* a = at(i + 1, Table::kNationality);
      if (a && (a->flags & lexicon::kArticle) && !(a->flags & kStartsPhrase)) {
        Mention x = adjective_mention(*a, i);
        x.kind = MentionKind::kKb;
        take_clitics(x, *function_of_class(i, "state-word"));
        push(std::move(x));
        return a->end;
      }
    }
    // زيارة رسمية إلى الدولة، زيارته للدولة: in a state news agency's copy
    // (وام), "the state" a visit or a journey goes to is the agency's own
    if (const Match* g = function_of_class(i, "home-state")) {
      const Match* before = i > 0 ? function_of_class(i - 1, "to") : nullptr;
      const bool to = (g->flags & lexicon::kPrepL) || (before && before->end == i);
      int32_t next = -1;
      if (to && !kb_at(g->end, "Place", &next) && !at(g->end, Table::kNationality)) {
        if (int32_t home = home_state(); home >= 0) {
          push(linked_mention(i, *g, MentionKind::kBackRef, home));
          return g->end;
        }
      }
    }
    // وصل إلى البلاد، يزور المملكة حاليا: the country of the dateline
    int32_t after = -1;
    const Match* f = function_of_class(i, "home-country");
    const Match* next_place = f ? kb_at(f->end, "Place", &after) : nullptr;
    if (f && (!next_place || (next_place->flags & kStartsPhrase))) {
      if (int32_t home = dateline_country(); home >= 0 && state_word_fits(i, home)) {
        push(linked_mention(i, *f, MentionKind::kBackRef, home));
        return f->end;
      }
    }
    // الأمين العام للحلف، رئيس المفوضية: an organisation named again by
    // the first word of its name
    if (int32_t named_org = org_backref_at(i); named_org >= 0) {
      push(org_backref_mention(i, named_org));
      return i + 1;
    }
    if (const Match* a = at(i, Table::kNationality)) {
      // وتلقى السوداني دعوة: after a verb, a function word or a pause, the
      // surname of someone named before (محمد شياع السوداني) is that person
      // (an adjective qualifies a noun and takes no preposition: مراسم
      // استقبال للسوداني is a person's)
      if (a->end == i + 1 && (clause_start_before(i) || (a->flags & (lexicon::kPrepL | lexicon::kPrepB)))) {
        if (std::string id = name_part_of_earlier(i); !id.empty()) {
          Mention x = base(i, i + 1, a, MentionKind::kBackRef);
          x.cls = "Person";
          x.coarse = "Person";
          x.identity = std::move(id);
          push(std::move(x));
          return i + 1;
        }
        // السوداني يصل نيودلهي (a headline): the known surname of a person
        // the article names in full later
        if (const int32_t known = surname_under_clitics(i);
            known >= 0 && std::binary_search(s_.named.begin(), s_.named.end(), static_cast<uint32_t>(known))) {
          push(linked_mention(i, *a, MentionKind::kBackRef, known));
          return i + 1;
        }
      }
      if (uint32_t end = national_named(i, *a); end) return end;
      if (a->end == i + 1 && at(i + 1, Table::kNameParticle)) return i + 1;  // (تركي بن سعد: a name)
      push_adjective(*a, -1);
      return a->end;
    }
    return i + 1;
  }

  /// والبحريني عيسى جاسم المناعي: where no noun comes before it that it
  /// could qualify (after a verb, a pause, or with و), a state's adjective
  /// with the article and then a given name and one to three more name
  /// words name a person of that state. Pushes the adjective and the person
  /// and returns the end, or 0.
  uint32_t national_named(uint32_t i, const Match& a) {
    if (!(a.flags & lexicon::kArticle) || (a.flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) return 0;
    // (after a verb or a pause: العاصمة الفنلندية خلف is the city's adjective)
    if (!(a.flags & lexicon::kConj) && !pause_before(i) && !verb_at(i - 1)) return 0;
    const uint32_t n = a.end;
    int32_t e = -1;
    if (n >= send_ || !owner_.is_given_name(doc_.key(n)) || !name_token(n, true) || kb_at(n, "", &e)) return 0;
    // (with no title to end it, a word with the article goes on the name
    // only as a family name the lists know or a nisba: الشافعي، not المركز)
    auto family_word = [&](uint32_t t) {
      if (r_.clitics().dictionary_stem(doc_.key(t)).size() == doc_.key(t).size()) return true;
      return r_.name_word_en(doc_.key(t)) != nullptr || r_.is_family_name(doc_.key(t)) ||
             r_.clitics().has_nisba_ending(doc_.key(t));
    };
    // (and a father's name is a given name or a name word: not أبواب)
    auto listed = [&](uint32_t t) {
      return owner_.is_given_name(doc_.key(t)) || r_.name_word_en(doc_.key(t)) != nullptr ||
             at(t, Table::kNameParticle) != nullptr;
    };
    uint32_t k = n + 1;
    while (k < send_ && k - n < kMaxNameTokens && name_token(k, false) && family_word(k) && listed(k)) ++k;
    if (k < n + 2) return 0;
    push_adjective(a, -1);
    return post_titles(push_person(n, k, false), k);
  }

  /// True when token i starts the sentence or follows punctuation, a
  /// trigger, a function word or a verb of the lists: no noun before it that
  /// an adjective could qualify.
  bool clause_start_before(uint32_t i) const {
    return pause_before(i) || at(i - 1, Table::kFunction) || verb_at(i - 1);
  }
  /// True when token i starts the sentence or follows punctuation.
  bool pause_before(uint32_t i) const {
    return i == 0 || doc_.tokens()[i - 1].sentence != doc_.tokens()[i].sentence ||
           doc_.tokens()[i - 1].kind == text::TokenKind::kPunct;
  }
  /// True when token t is a trigger or a verb of the lists (stop classes
  /// speech and verb).
  bool verb_at(uint32_t t) const {
    if (at(t, Table::kTrigger)) return true;
    const Match* st = at(t, Table::kStop);
    return st && (cls(*st) == kSpeechClass || cls(*st) == kVerbClass);
  }

  /// A news agency credited in a dateline or in brackets ((واس)، / بنا /)
  /// is the article's source, not something it reports on; one in brackets
  /// after a preposition written apart is spoken to (قال لـ(كونا)).
  bool credit_line(const Match& m) const {
    if (!r_.ontology().is_a(kb(m.payload).cls, kNewsAgencyClass)) return false;
    if (m.begin < kDatelineTokens) return true;
    if (m.begin >= 2 && is_word(m.begin - 2) && r_.clitics().is_bare_preposition(doc_.key(m.begin - 2))) return false;
    auto bracket = [&](uint32_t t) {
      if (t >= send_ || doc_.tokens()[t].kind != text::TokenKind::kPunct) return false;
      const std::string& c = r_.punct_class(doc_.key(t));
      return c == "open" || c == "close" || c == "joiner";
    };
    return m.begin > 0 && bracket(m.begin - 1) && bracket(m.end);
  }

  /// Could token k be part of a person's name (the `first` one or later)?
  /// A word with the article that no list knows (an adjective, most likely).
  bool plain_adjective(uint32_t k) const {
    if (s_.first[k] != s_.first[k + 1]) return false;  // some list knows it
    if (r_.clitics().looks_like_article_only(doc_.token_text(k))) return false;  // ألكسندر
    return r_.clitics().dictionary_stem(doc_.key(k)).size() != doc_.key(k).size();
  }

  /// A short word matched only after stripping a clitic (الله -> ال+له).
  bool short_stripped(const Match& m, uint32_t k) const {
    if (!(m.end == k + 1 && m.prefix_bytes > 0 && doc_.key(k).size() - m.prefix_bytes <= kShortFunctionBytes)) {
      return false;
    }
    // الذي is listed with its article: the word as listed, not a stripped one
    return !m.listed_article;
  }

  /// Is token k, read as the function word `f`, a given name as written
  /// (علي), not the function word that folds like it (على)?
  bool spelled_as_given_name(const Match& f, uint32_t k) const {
    return f.end == k + 1 && f.prefix_bytes == 0 && owner_.is_given_name_as_written(doc_.token_text(k));
  }

  /// A month name after a name word is a name part (تيريزا ماي، ...) unless
  /// a number or another date word stands next to it (15 ماي، ماي الماضي);
  /// so is a weekday's that names also spell, without the article (جمعة).
  bool month_in_name(const Match& d, uint32_t k, bool first) const {
    if (first || d.end != k + 1) return false;
    // (أحمد جمعة المنصوري: a weekday's name without the article that is
    // also a word of names, Friday's as a father's name; not أحد "one")
    if (cls(d) == kWeekdayClass) {
      return r_.name_word_en(doc_.key(k)) && r_.clitics().dictionary_stem(doc_.key(k)).size() == doc_.key(k).size() &&
             k + 1 < send_ && is_word(k + 1) && !at(k + 1, Table::kDate);
    }
    if (cls(d) != kMonthClass) return false;
    const auto number = [&](uint32_t i) { return i < send_ && doc_.tokens()[i].kind == text::TokenKind::kNumber; };
    return !(k > 0 && number(k - 1)) && !number(k + 1) && !(k + 1 < send_ && at(k + 1, Table::kDate));
  }

  /// `weak_ok`: a first word that is only a common word (صباح "morning" is
  /// also a given name) may start a name when a name word follows it.
  bool name_token(uint32_t k, bool first, bool weak_ok = true, bool conj_ok = false) const {
    if (!is_word(k)) return false;
    // tanween (احتجاجاً، حديثاً) marks an indefinite noun or an adverb
    for (char32_t mark : r_.clitics().not_name_marks()) {
      if (contains_code_point(doc_.token_text(k), mark)) return false;
    }
    if (const Match* f = at(k, Table::kFunction); f && !short_stripped(*f, k)) {
      // علي الرميحي، سمير علي الخطيب: a given name spelled otherwise than the
      // word it folds like (على "on"), when a name word follows it
      // (inside a name too: عبدالعزيز علي المولوي)
      if (!((weak_ok || !first) && spelled_as_given_name(*f, k) && name_token(k + 1, false, false))) return false;
    }
    // (فيصل، فراس: a given name as written, not a clitic and the word left
    // (ف+يصل "and arrives", ف+راس): no reading that strips a clitic counts)
    const bool given_as_written = owner_.is_given_name_as_written(doc_.token_text(k));
    for (Table t : {Table::kTitle, Table::kTrigger, Table::kEventHead, Table::kDocHead, Table::kOrgHead,
                    Table::kNationality, Table::kParticipants, Table::kOrdinal, Table::kInitiativeHead,
                    Table::kBodyWord}) {
      const Match* m = at(k, t);
      if (!m || (m->clitic_bytes > 0 && given_as_written)) continue;
      // (تركي بن سعد: a state's adjective before بن is a given name)
      if (t == Table::kNationality && m->end == k + 1 && at(k + 1, Table::kNameParticle)) continue;
      return false;
    }
    if (const Match* d = at(k, Table::kDate); d && !month_in_name(*d, k, first)) return false;
    // (الصباح, "the morning", is also a family name: with the article after
    // other words of a name, it closes the name, طلال فهد الأحمد الصباح)
    if (const Match* st = at(k, Table::kStop);
        st && !short_stripped(*st, k) &&
        !(first && weak_ok && cls(*st) == kWeakStopClass && k + 1 < send_ && name_token(k + 1, false, false)) &&
        !(!first && (st->flags & lexicon::kArticle) &&
          !(st->flags & (lexicon::kConj | lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL)) &&
          r_.is_family_name(doc_.key(k)))) {
      return false;
    }
    int32_t e = -1;
    if (kb_at(k, "", &e)) return false;
    // a conjunction on a later token that starts a new noun phrase starts a
    // new conjunct (..., ونائب ...); particles (و+آل) do not count
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
      const Match& x = s_.matches[m];
      if ((x.flags & lexicon::kConj) && x.table != Table::kNameParticle && !given_as_written &&
          doc_.key(k).size() - x.prefix_bytes >= kMinConjunctBytes) {
        return false;
      }
    }
    if (!owner_.is_given_name(doc_.key(k)) && k + 1 < send_ &&
        r_.clitics().dictionary_stem(doc_.key(k + 1)).size() != doc_.key(k + 1).size()) {
      // a preposition on a word before a word with the article is a
      // prepositional phrase, not a name: لحقوق الإنسان، بمواصلة الوساطة
      // (on the first word only ل: foreign names often start with ب)
      const uint8_t preps = first ? lexicon::kPrepL : (lexicon::kPrepL | lexicon::kPrepB | lexicon::kPrepK);
      for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
        const auto& cand = s_.match.candidates[c];
        if ((cand.flags & preps) && !(cand.flags & lexicon::kArticle) && cand.stem.size() >= kMinConjunctBytes) {
          return false;
        }
      }
    }
    // للصحفيين: ل with the article is a prepositional phrase, never a name
    // part; so is ب with it (بالجائزة), unless name_words.tsv lists the word
    // as written (بالحاج)
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if ((cand.flags & lexicon::kPrepL) && (cand.flags & lexicon::kArticle)) return false;
      if ((cand.flags & lexicon::kPrepB) && (cand.flags & lexicon::kArticle) && !r_.name_word_en(doc_.key(k))) {
        return false;
      }
    }
    if (!first && r_.clitics().dictionary_stem(doc_.key(k)).size() != doc_.key(k).size() &&
        r_.clitics().has_feminine_ending(doc_.token_text(k)) && !r_.is_family_name(doc_.key(k))) {
      return false;  // المنظمة: a noun with the article and ة ends the name (not الخوالدة)
    }
    // عضو البرلمان الأوروبي وأعضاء آخرين: a name does not start with و
    // (unless the word as written is a given name: وليد، وانغ)
    // (`conj_ok`: the و is known to join this name to another person's)
    // (nor when name_words.tsv lists the word as written: ويليام)
    if (first && !conj_ok && !owner_.is_given_name(doc_.key(k)) &&
        r_.clitics().starts_with_not_name_conj(doc_.token_text(k)) && !r_.name_word_en(doc_.key(k))) {
      bool given_after_conj = false;  // وأحمد: the conjunction, then a given name
      for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
        const auto& cand = s_.match.candidates[c];
        given_after_conj |= (cand.flags & lexicon::kConj) && owner_.is_given_name(cand.stem);
      }
      if (!given_after_conj) return false;
    }
    if (first && !r_.clitics().looks_like_article_only(doc_.token_text(k))) {
      // given names do not take the article (not even after a clitic: للحلف);
      // أل in ألكسندر only folds to it
      if (r_.clitics().dictionary_stem(doc_.key(k)).size() != doc_.key(k).size()) return false;
      for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
        if (s_.match.candidates[c].flags & lexicon::kArticle) return false;
      }
    }
    if (r_.clitics().has_pronoun_suffix(doc_.key(k))) return false;  // رئاستها
    return true;
  }

  /// A run of titles from j (stacked: نائب رئيس الوزراء وزير الخارجية),
  /// each optionally followed by the country or body of the office. Sets
  /// `office` when one title is an office, `of` to the first country/body,
  /// `first` to the first title's match; returns the end (j if no title).
  /// `before_name`: the titles precede a name (a preposition phrase then
  /// needs a name after it).
  /// Does a country other than the one of `of` (itself a country) follow
  /// a title that ends at j?
  bool second_country(const Complement& of, uint32_t j) const {
    const Mention& a = of.mentions.front();
    if (!r_.ontology().is_a(a.cls, "Country")) return false;
    Complement c = complement_at(j, 1, /*allow_b=*/true);
    if (!c.ok()) return false;
    const Mention& b = c.mentions.front();
    return r_.ontology().is_a(b.cls, "Country") && b.identity != a.identity;
  }

  uint32_t titles_at(uint32_t j, bool before_name, bool& office, Complement& of, const Match** first,
                     int& titles, int32_t* last_office = nullptr) const {
    while (const Match* t = at(j, Table::kTitle)) {
      // an indefinite accusative title (اختاروه أمينا عاما) is a predicate,
      // not a title before a name
      if (t->flags & lexicon::kSuffix) break;
      // a verb that folds like an honorific (وحضره "attended it", حضرة): the
      // honorific only before another (حضرة صاحب السمو)
      if (titles == 0 && cls(*t) == "honorific" && at(j, Table::kTrigger)) {
        const Match* next = at(t->end, Table::kTitle);
        if (!next || cls(*next) != "honorific") break;
      }
      // سمو ولي العهد ودولة رئيس الوزراء: after a title, one with و starts
      // the next conjunct's titles
      // (not one whose pronoun refers back to the body or state just named:
      // سفير الكويت ومندوبها الدائم، ورئيس بعثتها: the same person's)
      const bool refers_back = r_.clitics().has_pronoun_suffix(doc_.key(t->end - 1)) ||
                               (t->end < send_ && is_word(t->end) && r_.clitics().has_pronoun_suffix(doc_.key(t->end)));
      if (titles > 0 && (t->flags & lexicon::kConj) && !(refers_back && before_name)) break;
      // after a name, a title with a preposition is another phrase: التقى X
      // بالسفير الأمريكي (the ambassador is no title of X)
      if (!before_name && (t->flags & kStartsPhrase)) break;
      // ولي العهد السعودي وزير الخارجية الأمريكي X: a title with a second
      // country after one that has its country is another person's
      if (of.ok() && titles > 0 && second_country(of, t->end)) break;
      // (but the same office again is its holder's style: ملك الأردن الملك عبدالله الثاني)
      if (office && cls(*t) == kHeadOfficeClass && last_office && *last_office >= 0 &&
          r_.table(Table::kTitle).entries[static_cast<size_t>(*last_office)].cls != kHeadOfficeClass &&
          r_.table(Table::kTitle).entries[static_cast<size_t>(*last_office)].extra_at(0) !=
              r_.table(Table::kTitle).entries[t->payload].extra_at(0)) {
        break;
      }
      if (!*first) *first = t;
      const bool member = cls(*t) == kMemberClass;
      // عضو is a title only with its body after it (عضو المكتب السياسي ...)
      if (member && (of.ok() || !complement_at(t->end, 1, /*allow_b=*/true).ok())) break;
      if (cls(*t) == "office" || cls(*t) == kHeadOfficeClass || cls(*t) == kCounterpartClass || member) {
        office = true;
        if (last_office) *last_office = static_cast<int32_t>(t->payload);
      }
      ++titles;
      j = t->end;
      // (رئيس بعثتها: the unit of the office, with a pronoun for the body
      // or state named before)
      if (titles > 1 && (t->flags & lexicon::kConj) && j < send_ && is_word(j) &&
          r_.clitics().has_pronoun_suffix(doc_.key(j)) && s_.first[j] == s_.first[j + 1]) {
        ++j;
      }
      // (ومندوبها الدائم لدى الأمم المتحدة: and where that office is held)
      if (titles > 1 && (t->flags & lexicon::kConj) && before_name && of.ok()) {
        uint32_t a = j;
        while (a < j + 2 && a < send_ && plain_adjective(a) && !at(a, Table::kNationality)) ++a;
        if (const Match* to = function_of_class(a, "accredited-to")) {
          if (Complement host = complement_at(to->end, 1); host.ok()) {
            j = host.end;
            for (auto& m : host.mentions) of.mentions.push_back(std::move(m));
          }
        }
      }
      if (of.ok()) {
        if (uint32_t k = body_before_title(j, before_name); k > j) j = k;
        continue;
      }
      // رئيس الجمهورية الإسلامية الموريتانية: a state's name that starts
      // inside the title and runs past it is the title's country
      for (uint32_t k = t->begin + 1; k < t->end; ++k) {
        int32_t pe = -1;
        if (const Match* p = kb_at(k, "Place", &pe); p && p->end > t->end) {
          if (Complement whole = complement_at(k, 1, /*allow_b=*/true); whole.ok() && whole.end > t->end) {
            j = k;
            break;
          }
        }
      }
      Complement c = complement_at(j, 1, /*allow_b=*/true);
      if (c.ok() && starts_with_conj(j)) c = {};  // (a name after و is the next conjunct)
      // وزير الطاقة والمناجم X، وزير الطاقة والنفط الموريتاني X: more
      // portfolios after و are the same office's
      if (!c.ok() && before_name && cls(*t) == "office") {
        if (uint32_t k = coordinated_portfolio_end(j); k > j) {
          j = k;
          c = complement_at(j, 1, /*allow_b=*/true);
          if (c.ok() && starts_with_conj(j)) c = {};
        }
      }
      // وزير شؤون الإعلام البحريني X: a portfolio no list knows, up to three
      // words, between the title and its nationality adjective
      // (not a known person's name or a given name: رئيس الوزراء محمد شياع
      // السوداني, where السوداني is the family name)
      int32_t known_person = -1;
      if (!c.ok() && before_name && j < send_ && !kb_at(j, "Person", &known_person) &&
          !owner_.is_given_name(doc_.key(j))) {
        for (uint32_t k = j + 1; k <= j + kMaxPortfolioWords && k < send_; ++k) {
          if (!is_word(k - 1) || at(k - 1, Table::kTrigger) || at(k - 1, Table::kTitle) ||
              at(k - 1, Table::kFunction) || at(k - 1, Table::kNationality)) {
            break;
          }
          const Match* a = at(k, Table::kNationality);
          if (!a || !(a->flags & lexicon::kArticle)) continue;
          Complement p = complement_at(k, 1, /*allow_b=*/true);
          if (p.ok() && p.mentions.front().kind == MentionKind::kAdjective) {
            j = k;
            c = std::move(p);
          }
          break;
        }
      }
      // وزير الخارجية والهجرة وشؤون المصريين بالخارج: a title that names its
      // state's people is that state's office
      if (!c.ok() && !of.ok()) {
        for (uint32_t k = t->begin + 1; k < t->end; ++k) {
          const Match* a = at(k, Table::kNationality);
          if (!a) continue;
          if (a->end <= t->end && (a->flags & lexicon::kArticle)) {
            Complement p = complement_at(k, 1, /*allow_b=*/true);
            if (p.ok() && p.mentions.front().kind == MentionKind::kAdjective && p.end <= t->end) {
              p.rule = "ar.title." + p.rule;
              of = std::move(p);
            }
          }
          break;
        }
      }
      // أول رئيس كوري شمالي يعبر ...: an adjective without the article makes
      // the title indefinite ("a Korean president"), no title before a name
      if (c.ok() && c.mentions.front().kind == MentionKind::kAdjective) {
        const Match* a = at(j, Table::kNationality);
        if (a && !(a->flags & lexicon::kArticle)) {
          titles = 0;
          office = false;
          return j;
        }
      }
      if (c.ok()) {
        c.rule = member ? std::string(kMemberRule) : "ar.title." + c.rule;
        of = std::move(c);
        j = of.end;
        // جمهورية الهند الصديقة: courtesy adjectives after the country
        while (function_is(j, "courtesy")) j = at(j, Table::kFunction)->end;
        // سفير الصين لدى مصر X: the state an envoy is accredited to is part
        // of the title (the office is the first country's)
        // (with up to two adjectives before it: مندوب مصر الدائم لدى الأمم
        // المتحدة، المبعوث الأمريكي الخاص إلى الشرق الأوسط)
        uint32_t after_adjectives = j;
        while (before_name && after_adjectives < j + 2 && after_adjectives < send_ && plain_adjective(after_adjectives) &&
               !at(after_adjectives, Table::kNationality)) {
          ++after_adjectives;
        }
        const Match* to = function_of_class(after_adjectives, "accredited-to");
        if (!to && after_adjectives > j && before_name) {
          int32_t pe = -1;
          const Match* toward = function_of_class(after_adjectives, "to");
          if (toward && kb_at(toward->end, "Place", &pe)) to = toward;  // an envoy to a place
        }
        if (to && before_name) {
          j = after_adjectives;
          Complement host = complement_at(to->end, 1);
          if (host.ok()) {
            j = host.end;
            for (auto& m : host.mentions) of.mentions.push_back(std::move(m));  // nested in the person
          } else if (const Match* home = function_of_class(to->end, "home-country")) {
            j = home->end;  // سفير البرتغال لدى المملكة: the reporting agency's own country
          }
        }
        // الإدارة السورية الجديدة أحمد الشرع: up to two more adjectives
        // (article-bearing words in no list) when a name follows them
        if (before_name) {
          for (uint32_t k = j; k < j + 2 && k < send_ && is_word(k) && plain_adjective(k); ++k) {
            int32_t pe = -1;
            // (or another title: رئيس مجلس السيادة الانتقالي القائد العام ...)
            const Match* next_title = at(k + 1, Table::kTitle);
            if (name_token(k + 1, true) || kb_at(k + 1, "Person", &pe) ||
                (next_title && !(next_title->flags & kStartsPhrase))) {
              j = k + 1;
              break;
            }
          }
        }
        // للهيئة الحكومية للتنمية (إيغاد): an acronym in brackets
        if (j < send_ && doc_.tokens()[j].kind == text::TokenKind::kPunct &&
            r_.punct_class(doc_.key(j)) == "open") {
          for (uint32_t q = j + 1; q < send_ && q <= j + 4; ++q) {
            if (doc_.tokens()[q].kind == text::TokenKind::kPunct && r_.punct_class(doc_.key(q)) == "close") {
              j = q + 1;
              break;
            }
          }
        }
        continue;
      }
      // القائد العام للقوات المسلحة الفريق أول ...: a body whose country is
      // not named, then more titles of the same person
      if (uint32_t k = body_before_title(j, before_name); k > j) {
        j = k;
        continue;
      }
      // أمير البلاد المفدى: "the country" is a state news agency's own
      if (const Match* f = function_of_class(j, "home-country")) {
        if (!of.ok() && !c.ok()) {
          if (int32_t home = home_state(); home >= 0) {
            Complement h;
            h.end = f->end;
            h.rule = kHomeCountryRule;
            h.mentions.push_back(linked_mention(j, *f, MentionKind::kBackRef, home));
            of = std::move(h);
          }
        }
        j = f->end;
        while (function_is(j, "courtesy")) j = at(j, Table::kFunction)->end;
        continue;
      }
      // وزير الخارجية في لاوس NAME: a preposition, a country, then a name
      // (after an adjective of the office: رئيس مجلس السيادة الانتقالي في السودان)
      uint32_t in_at = 0;
      if (function_is(j, "in")) {
        in_at = j;
      } else if (const Match* adj = modifier_of_class(j, kOfficeAdjectiveClass); adj && function_is(adj->end, "in")) {
        in_at = adj->end;
      }
      if (in_at > 0) {
        int32_t e = -1;
        const Match* n = kb_at(function_of_class(in_at, "in")->end, "Place", &e);
        int32_t pe = -1;
        if (n && kb(n->payload).cls == "Country" &&
            (!before_name || name_token(n->end, true) || kb_at(n->end, "Person", &pe))) {
          Complement p;
          p.end = n->end;
          p.rule = "ar.title.preposition";
          p.mentions.push_back(kb_mention(*n, e));
          of = std::move(p);
          j = of.end;
        }
      }
    }
    // وزير الخارجية الكونغولي جان كلود جاكوسو: an adjective no list knows
    // (a nationality the lists leave out as ambiguous) before a name
    int32_t pe = -1;
    if (before_name && titles > 0 && !of.ok() && j + 1 < send_ && is_word(j) && plain_adjective(j) &&
        (name_token(j + 1, true) || kb_at(j + 1, "Person", &pe))) {
      ++j;
    }
    return j;
  }

  /// A body no list resolves after a title, then another title of the same
  /// person (القائد العام للقوات المسلحة الفريق أول ...): the start of that
  /// title; j when none.
  uint32_t body_before_title(uint32_t j, bool before_name) const {
    const Match* oh = at(j, Table::kOrgHead);
    if (!oh || !before_name || !(oh->flags & lexicon::kArticle)) return j;
    uint32_t k = oh->end;
    while (k < oh->end + 2 && k < send_ && plain_article_word(k) && !at(k, Table::kNationality)) ++k;
    const Match* next = at(k, Table::kTitle);
    int32_t pe = -1;
    // (or the name: القائد العام للقوات المسلحة عبد الفتاح البرهان)
    if (k > oh->end && (name_token(k, true) || kb_at(k, "Person", &pe))) return k;
    return next && !(next->flags & kStartsPhrase) ? k : j;
  }

  /// Titles after a person's name (X، وزير الخارجية / ملك مملكة البحرين):
  /// extends the mention over them and records the office.
  /// Skips courtesy phrases after a name, with their quotes ("حفظه الله").
  uint32_t skip_courtesy(uint32_t j) const {
    uint32_t k = j;
    while (k < send_ && doc_.tokens()[k].kind == text::TokenKind::kPunct && r_.punct_class(doc_.key(k)) == "quote") ++k;
    if (!function_is(k, "courtesy")) return j;
    while (function_is(k, "courtesy")) k = at(k, Table::kFunction)->end;
    while (k < send_ && doc_.tokens()[k].kind == text::TokenKind::kPunct && r_.punct_class(doc_.key(k)) == "quote") ++k;
    return k;
  }

  /// A name of two words or more that no list knows, then a comma and an
  /// office with its country or body (X Y، وزير الخارجية اليوناني): the
  /// person, with the titles read by post_titles; 0 when none.
  uint32_t name_before_titles(uint32_t i) {
    // cheap test first: two words or more, then a comma and a title
    uint32_t w = i;
    while (w < send_ && w - i <= kMaxNameTokens && is_word(w)) ++w;
    if (w < i + 2) return 0;
    const bool after_word = i > 0 && doc_.tokens()[i - 1].sentence == doc_.tokens()[i].sentence && is_word(i - 1);
    // وأكد محمد جميل الرمحي الرئيس التنفيذي للشركة: after a verb of
    // speech (which takes no object), a given name, two names or more and
    // then a title without a comma; so after a verb whose object is a
    // pronoun on it (وقعها، ترأسه: trigger classes *-it), and after و right
    // after another person's titles (وقعها X رئيس الصندوق وY رئيس الهيئة)
    bool speech = false, joined = false, side = false, side_named = false, verb_object = false;
    const Match* said = after_word ? at(i - 1, Table::kStop) : nullptr;
    // (a given name of either list: وأوضح يعقوب بن خلفان البلوشي، مدير ...)
    const bool said_by = said && said->end == i && cls(*said) == kSpeechClass &&
                         (owner_.is_given_name(doc_.key(i)) || r_.is_given_name_word(doc_.key(i)));
    // (وقعها عن قطر للسياحة X، رئيس قطاع ...: a signer after his side)
    side = signer_side_before(i, &side_named);
    if (!punct_is(w, "comma") || !at(w + 1, Table::kTitle)) {
      speech = said_by;
      for (uint32_t m = after_word && !speech ? s_.first[i - 1] : 0; m < (after_word ? s_.first[i] : 0); ++m) {
        const Match& verb = s_.matches[m];
        speech |= verb.table == Table::kTrigger && verb.end == i && cls(verb).ends_with(kObjectOnVerbSuffix);
      }
      joined = has_conj(i) && titled_person_before(i);
      // ووقع الثانية X نائب الرئيس ...: a trigger, its object named by an
      // ordinal (the second agreement), then the name
      if (const Match* o = i >= 2 ? at(i - 1, Table::kOrdinal) : nullptr; o && o->end == i) {
        const Match* verb = at(i - 2, Table::kTrigger);
        speech |= verb && verb->end == i - 1 && doc_.tokens()[i - 2].sentence == doc_.tokens()[i].sentence;
      }
      // وترأس الجلسات X المدير العام للوكالة، وحضر اللقاء X رئيس الشركة:
      // a trigger, its object (a word with the article), then a given name
      // and the titles of an office with its body or country
      if (i >= 2 && after_word && !speech) {
        // (the cheap tests first: this runs at every word)
        const Match* verb = at(i - 2, Table::kTrigger);
        verb_object = verb && verb->end == i - 1 && doc_.tokens()[i - 2].sentence == doc_.tokens()[i].sentence &&
                      definite_word(i - 1) && owner_.is_given_name(doc_.key(i));
      }
      speech = speech || joined || side || verb_object;
      if (!speech) return 0;
    }
    if (after_word && !verb_object && name_token(i - 1, true)) return 0;
    // a given name starts it, or a word some list knows comes before it
    // (وقال، وبحث، اعترف ...): a verb no list knows is no name
    if (!joined && !owner_.is_given_name(doc_.key(i)) && !(after_word && s_.first[i - 1] != s_.first[i])) return 0;
    uint32_t k = i;
    while (k < w && name_token(k, k == i, false, joined && k == i)) ++k;
    // (وقعها محمد سيف السويدي مدير ...: an adjective after a given name and
    // another closes the name as a family name)
    if (speech && k < w && k >= i + 2 && owner_.is_given_name(doc_.key(i)) && family_adjective_at(k)) ++k;
    uint32_t title = k + 1;  // (after the comma)
    if (k == w) {
      if (!punct_is(w, "comma") || !at(w + 1, Table::kTitle)) {
        // وقعها عن الجانب الإماراتي سعيد راشد الفلاسي، وعن ...: a signer
        // named by the side, two name words or more up to a pause
        if (!side_named || k < i + 2 || (w < send_ && is_word(w))) return 0;
        push_person(i, k, false);
        return k;
      }
    } else if (!speech || k < i + 2 || !at(k, Table::kTitle)) {
      return 0;
    } else {
      title = k;
    }
    if (at(title, Table::kTitle)->flags & lexicon::kConj) return 0;
    bool office = false;
    Complement of;
    const Match* first = nullptr;
    int titles = 0;
    int32_t last_office = -1;
    const uint32_t end = titles_at(title, false, office, of, &first, titles, &last_office);
    // (وقال محمد البلوشي، وزير النقل، إن: after a verb of speech, an office
    // with no country or body names the speaker too)
    if (!office || (!of.ok() && (!speech || verb_object) && !said_by && !side) || end == title) return 0;
    int32_t e = -1;
    if (name_token(end, true) || kb_at(end, "Person", &e)) return 0;  // the titles of the next name
    return post_titles(push_person(i, k, joined), k);
  }

  /// True when token k is one word with the article and no preposition
  /// before it (الجلسات، الاجتماع), nor a conjunction unless `conj_ok`.
  bool definite_word(uint32_t k, bool conj_ok = false) const {
    if (!is_word(k) || r_.clitics().looks_like_article_only(doc_.token_text(k))) return false;
    const uint8_t no = lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL | (conj_ok ? 0 : lexicon::kConj);
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const uint8_t f = s_.match.candidates[c].flags;
      if ((f & lexicon::kArticle) && !(f & no)) return true;
    }
    return false;
  }

  /// Pushes the person named by tokens [i, k) and returns its index
  /// (`joined`: a و on i joins the name to another person's and is no part
  /// of it).
  int32_t push_person(uint32_t i, uint32_t k, bool joined) {
    Mention person = base(i, k, nullptr, MentionKind::kTitled);
    if (joined) {
      for (uint32_t c = s_.match.offsets[i]; c < s_.match.offsets[i + 1]; ++c) {
        const auto& cand = s_.match.candidates[c];
        if (cand.flags == lexicon::kConj) {
          person.conj = true;
          person.label_skip = text_skip(i, cand.prefix_bytes);
          break;
        }
      }
    }
    person.cls = "Person";
    person.coarse = "Person";
    person.identity = "person:" + stems_key(i, k);
    return push(std::move(person));
  }

  /// True when a signer's side ends just before token i: a side phrase
  /// (عن الجانب، من الجانب) and a state's adjective, or عن and one word
  /// with the article after a trigger of the sentence (وقع الاتفاقية عن
  /// التحالف X). `named`: the side phrase and adjective, which name a side
  /// well enough for a name with no title after it.
  bool signer_side_before(uint32_t i, bool* named) const {
    *named = false;
    if (i < 2 || !is_word(i - 1)) return false;
    const uint32_t sentence = doc_.tokens()[i].sentence;
    auto side_ends_at = [&](uint32_t end) {
      for (uint32_t b = end > kMaxSidePhraseWords ? end - kMaxSidePhraseWords : 0; b < end; ++b) {
        const Match* m = function_of_class(b, kSideClass);
        if (m && m->end == end && doc_.tokens()[b].sentence == sentence) return true;
      }
      return false;
    };
    if (const Match* a = at(i - 1, Table::kNationality); a && a->end == i && side_ends_at(i - 1)) {
      *named = true;
      return true;
    }
    if (side_ends_at(i)) return true;
    // عن and a body some list or phrase named, after a trigger of the
    // sentence (وقعها عن قطر للسياحة X)
    auto trigger_before = [&](uint32_t t) {
      while (t-- > 0 && doc_.tokens()[t].sentence == sentence) {
        if (at(t, Table::kTrigger)) return true;
      }
      return false;
    };
    for (size_t k = out_.size(); k-- > 0;) {
      const Mention& o = out_[k];
      if (o.end < i) break;
      if (o.end != i || o.parent >= 0 || o.coarse != "Organization" || o.begin < 1) continue;
      const Match* about = at(o.begin - 1, Table::kFunction);
      if (about && about->end == o.begin && cls(*about) == kAboutClass && trigger_before(o.begin - 1)) return true;
    }
    const Match* about = at(i - 2, Table::kFunction);
    if (!about || about->end != i - 1 || cls(*about) != kAboutClass || doc_.tokens()[i - 2].sentence != sentence) {
      return false;
    }
    bool definite = false;
    for (uint32_t c = s_.match.offsets[i - 1]; c < s_.match.offsets[i]; ++c) {
      const uint8_t f = s_.match.candidates[c].flags;
      definite |= (f & lexicon::kArticle) && !(f & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL));
    }
    if (!definite) return false;
    for (uint32_t t = i - 2; t-- > 0 && doc_.tokens()[t].sentence == sentence;) {
      if (at(t, Table::kTrigger)) return true;
    }
    return false;
  }

  /// True when the last mention before token i is a person's with an
  /// office, at most three words (the rest of its titles: مدير عام
  /// الصندوق) and a comma before i.
  bool titled_person_before(uint32_t i) const {
    for (size_t k = out_.size(); k-- > 0;) {
      const Mention& p = out_[k];
      if (p.parent >= 0 || p.end > i) continue;
      // (a place or body inside the rest of the titles: لشركة هيدروجين عمان)
      if (p.coarse != "Person" && p.begin + kMaxTitleTail + 1 >= i) continue;
      if (p.coarse != "Person" || p.title < 0 || i - p.end > kMaxTitleTail + 1) return false;
      uint32_t words = 0;
      for (uint32_t t = p.end; t < i; ++t) {
        if (is_word(t)) {
          if (++words > kMaxTitleTail) return false;
        } else if (!(t + 1 == i && punct_is(t, "comma"))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  uint32_t post_titles(int32_t person, uint32_t j) {
    if (uint32_t k = skip_courtesy(j); k != j) {
      out_[static_cast<size_t>(person)].end = k;
      j = k;
    }
    bool office = false;
    Complement of;
    const Match* first = nullptr;
    int titles = 0;
    int32_t last_office = -1;
    // سيرغي لافروف، وزير الخارجية الروسي، ...: titles set off by a comma
    const uint32_t from = punct_is(j, "comma") && at(j + 1, Table::kTitle) ? j + 1 : j;
    // a title with a conjunction starts the next conjunct (X ورئيس ...، وسفير ...)
    if (const Match* t = at(from, Table::kTitle); t && (t->flags & lexicon::kConj)) return j;
    uint32_t end = titles_at(from, false, office, of, &first, titles, &last_office);
    if (titles == 0) return j;
    end = skip_courtesy(end);
    // titles followed by a name belong to the next person (الرئيس X رئيس
    // الوزراء Y), not when و joins it (X مدير الصندوق وY رئيس الهيئة)
    int32_t e = -1;
    if (!has_conj(end) && (name_token(end, true) || kb_at(end, "Person", &e))) return j;
    Mention& p = out_[static_cast<size_t>(person)];
    p.end = end;
    if (p.title < 0) p.title = last_office;
    if (of.ok() && office && p.office_of < 0) {
      std::string rule = of.rule == "ar.title.preposition" || of.rule == kMemberRule || of.rule == kHomeCountryRule
                             ? of.rule
                             : "ar.title.apposition";
      int32_t target = push_complement(of, person);
      if (office_holder_of(target)) {
        out_[static_cast<size_t>(person)].office_of = target;
        out_[static_cast<size_t>(person)].office_rule = rule;
      }
    } else if (!of.ok()) {
      note_agency_state(person, office, last_office);
    } else {
      out_[static_cast<size_t>(person)].office_state = -1;
    }
    return end;
  }

  /// A knowledge-base person starting one to three words after j, with
  /// only words in between; null if none.
  const Match* known_person_after(uint32_t j, int32_t* e) const {
    for (uint32_t k = j + 1; k < send_ && k <= j + 3; ++k) {
      if (!is_word(k - 1) || at(k - 1, Table::kTitle)) return nullptr;
      // (الشيخ علي بن خليفة بن أحمد: after بن the known name is the father's)
      if (const Match* link = at(k - 1, Table::kNameParticle); link && cls(*link) == kLineageClass && !at(k, Table::kTitle)) {
        return nullptr;
      }
      if (const Match* p = kb_at(k, "Person", e)) return p;
    }
    return nullptr;
  }

  /// The identity of the one person named earlier in the article whose name
  /// has the word at j (a surname), or "".
  /// `with_particle`: the word at j follows a particle (عبد العاطي), and
  /// matches a word after the same particle.
  std::string name_part_of_earlier(uint32_t j, bool with_particle = false,
                                   size_t min_bytes = kMinConjunctBytes) const {
    if (!is_word(j)) return {};
    std::string_view word = doc_.key(j);
    if (word.size() < min_bytes || at(j, Table::kNameParticle)) return {};
    // على "on" folds like علي: the common word is that word
    if (const Match* f = at(j, Table::kFunction); f && !short_stripped(*f, j) && !spelled_as_given_name(*f, j)) {
      return {};
    }
    std::string found;
    for (const Mention& p : out_) {
      if (p.coarse != "Person" || p.identity.empty() || p.label_end - p.label_begin < 2) continue;
      for (uint32_t t = p.label_begin; t < p.label_end; ++t) {
        if (doc_.key(t) != word) continue;
        // بن سلمان: the word after a particle names a father, not this person
        const bool after_particle = t > p.label_begin && at(t - 1, Table::kNameParticle);
        if (after_particle != with_particle) continue;
        if (with_particle && doc_.key(t - 1) != doc_.key(j - 1)) continue;
        if (!found.empty() && found != p.identity) return {};  // two people: none
        found = p.identity;
      }
    }
    return found;
  }

  /// The identity of the one person named earlier whose name has the words
  /// from j on (particles included), with `*end` after them; "" when there
  /// is none, or when a further name word follows (وزير الخارجية علي أكبر
  /// صالحي after علي الرميحي: a new name that shares a given name).
  std::string earlier_name_at(uint32_t j, uint32_t* end) const {
    // (after a title a two-letter name is a name: الرئيس شي)
    std::string id = name_part_of_earlier(j, false, kMinTitledNamePartBytes);
    if (id.empty()) return id;
    uint32_t name_end = j + 1;
    while (name_end < send_ && name_end - j < kMaxNameTokens) {
      uint32_t next = at(name_end, Table::kNameParticle) ? name_end + 1 : name_end;
      if (next >= send_ || name_part_of_earlier(next, next != name_end) != id) break;
      name_end = next + 1;
    }
    int32_t ignored = -1;
    if (name_token(name_end, false, false) && !kb_at(name_end, "", &ignored)) return {};
    *end = name_end;
    return id;
  }

  /// سموه، فخامته، وجلالته: an honorific pronoun (function.tsv class
  /// honorific:WORD) is the person last named with an honorific title whose
  /// English has WORD (صاحب السمو الملكي: His Royal Highness). Pushes that
  /// back reference and returns the token after it; 0 when none.
  uint32_t honorific_pronoun(uint32_t i) {
    if (!(s_.tables[i] & (1u << static_cast<uint32_t>(Table::kFunction)))) return 0;
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      const Match& m = s_.matches[k];
      if (m.table != Table::kFunction || m.end > send_) continue;
      const std::string& c = cls(m);
      if (c.compare(0, kHonorificPronoun.size(), kHonorificPronoun) != 0) continue;
      const std::string word = c.substr(kHonorificPronoun.size());
      const auto& titles = r_.table(Table::kTitle).entries;
      for (auto p = out_.rbegin(); p != out_.rend(); ++p) {
        if (p->coarse != "Person" || p->identity.empty() || p->kind == MentionKind::kBackRef) continue;
        bool has = false;
        for (uint32_t t = p->begin; t < p->label_begin && !has; ++t) {
          const Match* h = at(t, Table::kTitle);
          has = h && titles[h->payload].cls == kHonorificClass &&
                titles[h->payload].extra_at(0).find(word) != std::string::npos;
        }
        if (!has) continue;
        Mention x = base(i, m.end, &m, MentionKind::kBackRef);
        x.label_begin = x.label_end = m.end;  // no name: the person's labels stay its own
        x.cls = x.coarse = "Person";
        x.identity = p->identity;
        push(std::move(x));
        return m.end;
      }
      return 0;
    }
    return 0;
  }

  /// Whether person mention p was given office `title` (titles.tsv index),
  /// before or after its name: that title, one with the same English
  /// office (رئيسة الوزراء، رئيس وزراء: Prime Minister), or a stacked title
  /// that starts with it.
  bool held_office(const Mention& p, int32_t title) const {
    const auto& titles = r_.table(Table::kTitle).entries;
    const std::string office = titles[static_cast<size_t>(title)].extra_at(0);
    const std::string& surface = titles[static_cast<size_t>(title)].surface;
    auto same = [&](int32_t t) {
      const auto& other = titles[static_cast<size_t>(t)];
      // (or a stacked title that starts with it: ولي العهد رئيس مجلس الوزراء,
      // Crown Prince and Prime Minister; not رئيس الوزراء after رئيس)
      const std::string& other_office = other.extra_at(0);
      const bool starts = !office.empty() && other.surface.size() > surface.size() &&
                          other.surface.compare(0, surface.size(), surface) == 0 &&
                          other.surface[surface.size()] == ' ' &&
                          other_office.compare(0, office.size() + 5, office + " and ") == 0;
      return t == title || starts || (!office.empty() && other.extra_at(0) == office);
    };
    if (p.title >= 0 && same(p.title)) return true;
    for (uint32_t t = p.begin; t < p.end; ++t) {
      if (t >= p.label_begin && t < p.label_end) continue;  // the name
      if (const Match* m = at(t, Table::kTitle); m && same(static_cast<int32_t>(m->payload))) return true;
    }
    return false;
  }

  /// A title without a name (الوزير الصيني، رئيس الوزراء الهندي) refers back
  /// to the one person named earlier with that office (and that country,
  /// when one is given). Returns the end of the titles, or 0.
  uint32_t title_alone(uint32_t i, uint32_t j, int32_t office_title, Complement& of, const Match* first) {
    if (office_title < 0) return 0;
    int32_t country = of.ok() ? of.mentions.front().kb : -1;
    // نظيره السيراليوني: a counterpart is known by the country alone
    const bool counterpart = r_.table(Table::kTitle).entries[static_cast<size_t>(office_title)].cls ==
                             kCounterpartClass;
    if (counterpart && country < 0) return 0;
    std::string identity;
    for (const Mention& p : out_) {
      if (p.coarse != "Person" || p.identity.empty()) continue;
      if (!counterpart && !held_office(p, office_title)) continue;
      if (country >= 0 && (p.office_of < 0 || out_[static_cast<size_t>(p.office_of)].kb != country)) continue;
      if (!identity.empty() && identity != p.identity) return 0;  // two candidates: none
      identity = p.identity;
    }
    if (identity.empty()) return 0;
    Mention x = base(i, j, first, MentionKind::kBackRef);
    x.label_begin = x.label_end = j;  // no name: the person's labels stay its own
    x.cls = x.coarse = "Person";
    x.identity = identity;
    x.title = office_title;
    int32_t idx = push(std::move(x));
    if (of.ok()) push_complement(of, idx);
    return j;
  }

  /// The end of a field of an office at j (للعمليات، للشؤون السياسية،
  /// لقطاع العمليات) that a given name follows, or j.
  uint32_t field_of_office(uint32_t j) const {
    auto with_article = [&](uint32_t t) {
      for (uint32_t c = s_.match.offsets[t]; c < s_.match.offsets[t + 1]; ++c) {
        if (s_.match.candidates[c].flags & lexicon::kArticle) return true;
      }
      return false;
    };
    auto plain_word = [&](uint32_t t) {
      int32_t e = -1;
      return t < send_ && is_word(t) && !r_.clitics().has_pronoun_suffix(doc_.key(t)) && !kb_at(t, "", &e) &&
             !any_at(t, {Table::kTitle, Table::kTrigger, Table::kOrgHead, Table::kNationality, Table::kEventHead,
                         Table::kDocHead});
    };
    auto article_word = [&](uint32_t t) { return plain_word(t) && with_article(t); };
    auto construct_noun = [&](uint32_t t) { return plain_word(t) && !at(t, Table::kName); };
    // (ل before the article, للعمليات; or before a noun in the construct
    // state and the word with the article it governs, لقطاع العمليات)
    bool l = false, construct = false;
    for (uint32_t c = s_.match.offsets[j]; j < send_ && c < s_.match.offsets[j + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if (!(cand.flags & lexicon::kPrepL) || (cand.flags & lexicon::kConj)) continue;
      l = l || (cand.flags & lexicon::kArticle);
      construct = construct || !(cand.flags & lexicon::kArticle);
    }
    if (l ? !article_word(j) : !construct || !construct_noun(j) || !article_word(j + 1)) return j;
    uint32_t k = j + 1;
    while (k < send_ && k < j + kMaxFieldWords && article_word(k)) ++k;
    return k < send_ && owner_.is_given_name(doc_.key(k)) && name_token(k, true) ? k : j;
  }

  /// Titles (stacked), the country or body of the office, then a name.
  uint32_t titled_person(uint32_t i) {
    bool office = false;
    int titles = 0;
    Complement of;
    const Match* first_title = nullptr;
    int32_t last_office = -1;
    uint32_t j = titles_at(i, true, office, of, &first_title, titles, &last_office);
    if (titles == 0) return 0;
    // مدير الإدارة العامة للاستثمارات في الصندوق X: the body the office's
    // unit is in (في or ب and a body), when a given name follows
    auto given_at = [&](uint32_t t) {
      return t < send_ && (owner_.is_given_name(doc_.key(t)) || r_.is_given_name_word(doc_.key(t)));
    };
    bool unit_named = false;
    if (of.ok() && of.mentions.front().coarse == "Organization" && j < send_) {
      const bool in = function_is(j, "in");
      Complement body = complement_at(in ? j + 1 : j, 1, /*allow_b=*/true);
      if (body.ok() && body.mentions.front().coarse == "Organization" && given_at(body.end) &&
          (in || (body.mentions.front().prep & lexicon::kPrepB))) {
        j = body.end;
        for (auto& m : body.mentions) of.mentions.push_back(std::move(m));
      }
      unit_named = given_at(j) && name_token(j + 1, false);
    }
    // المدير العام لمنظمة الزراعة العربية X: the office's body, which no
    // list knows (a head of bodies and words with the article), when a
    // given name and another word of a name follow it
    if (!of.ok() && titles > 0 && j < send_) {
      std::vector<const Match*> adjectives;
      const uint32_t end = unknown_body_end(j, adjectives);
      if (const Match* h = at(j, Table::kOrgHead); h && end > h->end && given_at(end) && name_token(end + 1, false)) {
        of.end = end;
        of.rule = "unknown-body";
        of.mentions.push_back(unknown_body(j, end, *h));
        j = end;
      }
    }
    // (a title of scope after-name, مدير: only after a name, where a body
    // or a department follows it; before one it is too often a noun, but
    // for a body's and a name of two words or more)
    if (first_title && first_title->begin == i &&
        r_.table(Table::kTitle).entries[first_title->payload].extra_at(1) == kAfterNameScope && !unit_named) {
      return 0;
    }
    // the titles stopped before another person's title: they name no one
    // here but the one person who held them before (والتقت رئيسة الوزراء
    // الإيطالية وزير الخارجية X); a title after و starts the next conjunct
    // (سمو ولي العهد ودولة رئيسة الوزراء)
    if (const Match* t = at(j, Table::kTitle); t && !(t->flags & lexicon::kConj)) {
      return title_alone(i, j, last_office, of, first_title);
    }
    int32_t e = -1;
    // الرئيس السوداني، عمر البشير، ...: the name set off by commas after
    // its title; taken only when it is a known person or a name of two
    // words or more closed by a comma
    // وزير الدولة، وزير الشؤون الخارجية، أحمد عطاف: titles stacked with
    // commas between them
    bool stacked = false;  // a comma between titles: one closes the name too
    while (punct_is(j, "comma") && at(j + 1, Table::kTitle)) {
      uint32_t k = titles_at(j + 1, true, office, of, &first_title, titles, &last_office);
      if (k == j + 1) break;
      j = k;
      stacked = true;
    }
    // نائب المدير العام للعمليات يوسف البدر: the field of the office (ل and
    // a word with the article no list knows, and its adjectives), then a
    // given name
    if (uint32_t k = field_of_office(j); k != j) j = k;
    // الرئيس #عمر_البشير: a hashtag name after its title
    if (punct_is(j, "joiner") && j + 1 < send_ && is_word(j + 1)) ++j;
    bool set_off = false;
    if (punct_is(j, "comma")) {
      if (kb_at(j + 1, "Person", &e)) {
        set_off = true;
      } else {
        uint32_t k = j + 1;
        while (k < send_ && k - j <= kMaxNameTokens && name_token(k, k == j + 1)) ++k;
        set_off = k >= j + 3 && punct_is(k, "comma");
      }
      if (set_off) ++j;
      e = -1;
    }
    uint32_t name_end;
    int32_t person_kb = -1;
    std::string known_identity;
    uint32_t earlier_end = 0;
    if (const Match* p = kb_at(j, "Person", &e); p && name_goes_on(*p)) {
      name_end = p->end + 1;  // (another person's longer name)
    } else if (p) {
      name_end = p->end;
      person_kb = e;
    } else if (const Match* styled = j > i ? kb_at(j - 1, "Person", &e) : nullptr;
               styled && styled->begin == j - 1 && styled->end > j) {
      // جلالة الملك فيليب: a known person named with the last title's word
      // (الملك فيليب)
      name_end = styled->end;
      person_kb = e;
    } else if (const Match* q = known_person_after(j, &e)) {
      // رئيس حكومة تصريف الأعمال نجيب ميقاتي: the title runs on to a known name
      j = q->begin;
      name_end = q->end;
      person_kb = e;
    } else if (std::string id = earlier_name_at(j, &earlier_end); !id.empty()) {
      // الرئيس بوتين ...: a surname of someone already named; الملك حمد بن
      // عيسى: more of that name may follow (particles included)
      name_end = earlier_end;
      known_identity = id;
    } else if (std::string id2 = at(j, Table::kNameParticle) ? name_part_of_earlier(j + 1, true) : std::string();
               !id2.empty()) {
      // الوزير عبد العاطي: the same, with a particle
      name_end = j + 2;
      known_identity = id2;
    } else {
      uint32_t k = j;
      // (particles do not count: محمد بن عبدالعزيز بن صالح الخليفي is a name
      // of four words)
      auto particle = [&](uint32_t t) {
        const Match* pm = at(t, Table::kNameParticle);
        return pm && pm->prefix_bytes == 0;  // آل itself, not ف+آل
      };
      uint32_t particles = 0;  // links to a father's name (name_particles.tsv, lineage)
      while (k < send_ && k - j - particles < kMaxNameTokens) {
        // (... بن عبدالعزيز نائب أمير المنطقة: another title)
        if (k > j && at(k, Table::kTitle)) break;
        // (a family name with the article after such links ends the name:
        // محمد بن عبدالله العايش)
        if (particles > 0 && k > j + 1 && !particle(k - 1) &&
            r_.clitics().dictionary_stem(doc_.key(k - 1)).size() != doc_.key(k - 1).size()) {
          break;
        }
        // (علي بن خليفة بن أحمد آل خليفة: a known person's name after بن
        // is the father's, and goes on this one)
        int32_t father = -1;
        if (const Match* link = k > j ? at(k - 1, Table::kNameParticle) : nullptr;
            link && link->prefix_bytes == 0 && cls(*link) == kLineageClass) {
          if (const Match* known = kb_at(k, "Person", &father); known && !at(k, Table::kTitle)) {
            k = known->end;
            continue;
          }
        }
        if (name_token(k, k == j)) {
          const Match* pm = k > j ? at(k, Table::kNameParticle) : nullptr;
          particles += pm && pm->prefix_bytes == 0 && cls(*pm) == kLineageClass ? 1 : 0;
          ++k;
        } else if (k > j && punct_is(k, "joiner") && k + 1 < send_ && name_token(k + 1, false)) {
          k += 2;  // عمر_البشير، جاي-إن: joined parts of one name
        } else if (k >= j + 2 && (of.ok() || owner_.is_given_name(doc_.key(j))) && family_adjective_at(k)) {
          // وزير الاستثمار الإماراتي محمد حسن السويدي: the office has its
          // country already; an adjective closing the name is a family name
          // (so it is after a given name and another: سعادة محمد سيف
          // السويدي; a nationality follows a title, not a name)
          ++k;
          break;
        } else {
          break;
        }
      }
      // سهيل بن محمد فرج فارس المزروعي: a family name with the article
      // after as many names as a name has closes it
      if (k > j && k < send_ && k - j - particles == kMaxNameTokens && !particle(k - 1) && name_token(k, false) &&
          r_.clitics().dictionary_stem(doc_.key(k)).size() != doc_.key(k).size() &&
          (k + 1 >= send_ || !is_word(k + 1) || !name_token(k + 1, false))) {
        ++k;
      }
      // a name does not end on a particle (طحنون بن زايد آل نهيان)
      while (k > j && k < send_ && k - j - particles < kMaxNameTokens + 1 && particle(k - 1) && is_word(k)) {
        ++k;
      }
      // دونالد ترمب: a given name before a known person's surname
      if (k == j + 1 && k < send_) {
        if (const Match* sur = kb_at(k, "Person", &e); sur && owner_.is_given_name(doc_.key(j))) {
          k = sur->end;
          person_kb = e;
        }
      }
      if (k == j && is_word(j) && s_.first[j] == s_.first[j + 1] && !at(j + 1, Table::kNationality)) {
        // الرئيس السيسي، الرئيس الأسد: a known surname with the article (not
        // a noun its adjective follows: العاهل الأردني الضيف الكويتي)
        const int32_t known = owner_.known_surname(doc_.key(j));
        if (known >= 0) {
          k = j + 1;
          person_kb = known;
        }
      }
      if (k == j) return title_alone(i, j, last_office, of, first_title);
      // A one-word name nobody knows is too often an ordinary word after a
      // title used alone (الرئيس الأمريكي احتجاجا ...): only a known given
      // name is taken as a name on its own.
      if (k == j + 1 && person_kb < 0 && !owner_.is_given_name(doc_.key(j))) {
        // الرئيس أردوغان: the surname of one known person, after a title
        const int32_t known = owner_.known_surname(doc_.key(j));
        if (known < 0) return title_alone(i, j, last_office, of, first_title);
        person_kb = known;
      }
      name_end = k;
    }
    Mention person = base(i, name_end, first_title, MentionKind::kTitled);
    person.label_begin = j;
    person.label_skip = 0;
    if (person_kb >= 0 || e >= 0) {
      const Match* p = kb_at(j, "Person", &e);
      person.label_skip = p ? text_skip(j, p->clitic_bytes) : 0;
    }
    person.cls = "Person";
    person.coarse = "Person";
    person.title = last_office;
    if (name_end - j == 1 && person_kb < 0) {
      // الملك فيليب: a one-word name is known with its title
      person.alt_label = Recognizer::slice(doc_, j - 1, name_end, 0);
    }
    if (person_kb >= 0) {
      person.kb = person_kb;
      person.identity = kb(static_cast<uint32_t>(person_kb)).key;
    } else if (!known_identity.empty()) {
      person.identity = known_identity;
    } else {
      person.identity = "person:" + stems_key(j, name_end);
    }
    int32_t idx = push(std::move(person));
    if (of.ok()) {
      std::string rule = of.rule;
      int32_t target = push_complement(of, idx);
      if (office && office_holder_of(target)) {
        out_[static_cast<size_t>(idx)].office_of = target;
        out_[static_cast<size_t>(idx)].office_rule = rule;
      }
    } else {
      note_agency_state(idx, office, last_office);
    }
    uint32_t end = post_titles(idx, name_end);
    if ((set_off || stacked) && end == name_end && punct_is(end, "comma")) {
      // the closing comma belongs to the apposition, not to what follows
      out_[static_cast<size_t>(idx)].end = ++end;
    }
    return end;
  }

  /// Reads an ordinal at j (a word, or digits after the article: الـ33).
  bool ordinal_at(uint32_t& j, uint32_t& value) const {
    if (const Match* o = at(j, Table::kOrdinal)) {
      value = static_cast<uint32_t>(std::stoul("0" + r_.table(Table::kOrdinal).entries[o->payload].extra_at(0)));
      j = o->end;
      return true;
    }
    if (j >= send_) return false;
    std::string_view key = doc_.key(j);
    std::string_view stem = r_.clitics().dictionary_stem(key);
    uint32_t next = j + 1;
    // الدورة 163، القمة 45: a bare number right after a definite head
    if (stem == key && !key.empty() && key.size() <= kMaxBareOrdinalDigits &&
        key.find_first_not_of("0123456789") == std::string_view::npos && j > 0) {
      for (uint32_t k = s_.first[j - 1]; k < s_.first[j]; ++k) {
        const Match& h = s_.matches[k];
        if (h.table == Table::kEventHead && h.end == j && (h.flags & lexicon::kArticle)) {
          // (then what it is of, or nothing of the phrase: not a counted
          // noun, الاجتماع 3 مرات)
          bool of = next >= send_ || !is_word(next) || at(next, Table::kFunction);
          for (uint32_t m = next < send_ ? s_.first[next] : 0; !of && m < s_.first[next + 1]; ++m) {
            of = (s_.matches[m].flags & lexicon::kPrepL) != 0 || s_.matches[m].table == Table::kName;
          }
          if (!of) return false;
          value = static_cast<uint32_t>(std::stoul(std::string(key)));
          j = next;
          return value > 0;
        }
      }
      return false;
    }
    if (stem == key) return false;  // needs the article
    if (stem.size() == key.size() - 0 || stem.empty()) return false;
    if (stem.find_first_not_of("0123456789") != std::string_view::npos) return false;
    value = static_cast<uint32_t>(std::stoul(std::string(stem)));
    j = next;
    return value > 0;
  }

  /// بين (قادة) X وY: the parties an event is between, as nested mentions;
  /// empty when there is no such list.
  Complement between_at(uint32_t j) const {
    Complement out;
    if (!function_is(j, "between")) return out;
    uint32_t k = at(j, Table::kFunction)->end;
    if (const Match* p = at(k, Table::kParticipants)) k = p->end;
    return list_at(k);
  }

  /// The complements listed from k (X، Y وZ): their mentions, and the end
  /// of the last.
  Complement list_at(uint32_t k) const {
    Complement out;
    while (k < send_) {
      // (حكومة المملكة: a party's government is the party)
      if (const Match* g = match_of_class(k, Table::kStop, kGovernmentOfClass); g && g->end < send_) k = g->end;
      Complement c = complement_at(k, 1);
      if (!c.ok()) break;
      k = c.end;
      for (auto& m : c.mentions) out.mentions.push_back(std::move(m));
      out.end = k;
      // the next party: "و" as a clitic on it, or a standalone و
      if (function_is(k, "and")) ++k;
      if (k >= send_ || out.mentions.empty()) break;
      bool conj = false;
      for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) conj |= (s_.matches[m].flags & lexicon::kConj) != 0;
      if (!conj && !function_is(out.end, "and")) break;
    }
    return out;
  }

  /// Ordinals and event modifiers from j (التاسع، العربية، الـ33،
  /// الرابعة والأربعين); returns the end.
  uint32_t event_qualifiers(uint32_t j, uint32_t& ordinal, std::string& mods_en, bool& modified) const {
    for (int guard = 0; guard < 4; ++guard) {
      uint32_t v = 0;
      if (ordinal == 0 && ordinal_at(j, v)) {
        ordinal = v;
        // compound ordinals: الرابعة والأربعين = 44
        const Match* tens = at(j, Table::kOrdinal);
        uint32_t k = j;
        if (tens && (tens->flags & lexicon::kConj) && ordinal_at(k, v) && v >= 20 && ordinal < 10) {
          ordinal += v;
          j = k;
        }
        continue;
      }
      const Match* m = modifier_of_class(j, "event");
      if (m) {
        modified = true;
        if (!mods_en.empty()) mods_en += ' ';
        // (joined by و to the one before: الاقتصادي والتجاري, Economic and Trade)
        if ((m->flags & lexicon::kConj) && !mods_en.empty()) mods_en += r_.en_template("and") + ' ';
        mods_en += r_.table(Table::kModifier).entries[m->payload].extra_at(0);
        j = m->end;
        continue;
      }
      // المؤتمر الإنساني الدولي، منتدى أنطاليا الدبلوماسي الرابع: an
      // adjective no list knows, when a modifier or an ordinal follows it
      uint32_t probe = j + 1, value = 0;
      if (j + 1 < send_ && plain_article_word(j) && !at(j, Table::kNationality) &&
          (modifier_of_class(j + 1, "event") || (ordinal == 0 && ordinal_at(probe, value)))) {
        ++j;
        continue;
      }
      break;
    }
    return j;
  }

  /// Does a family name no list knows follow known person `m`'s name of
  /// three words or more (عبدالله بن ناصر الشهري after عبدالله بن ناصر)?
  /// Then the name is someone else's, longer.
  bool name_goes_on(const Match& m) const {
    if (m.end - m.begin < 3 || m.end >= send_ || m.table != Table::kName || !plain_adjective(m.end)) return false;
    if (!r_.ontology().is_a(kb(m.payload).cls, "Person")) return false;
    if (r_.clitics().has_feminine_ending(doc_.token_text(m.end))) return false;
    return m.end + 1 >= send_ || !is_word(m.end + 1) || !name_token(m.end + 1, false);
  }

  /// A one-word nationality adjective without a conjunction at k, closing a
  /// name (السويدي، المصري as family names)
  bool family_adjective_at(uint32_t k) const {
    const Match* a = at(k, Table::kNationality);
    if (!a || a->end != k + 1 || (a->flags & lexicon::kConj)) return false;
    return k + 1 >= send_ || !is_word(k + 1) || !name_token(k + 1, false);
  }

  /// A mention from i to the end of `m` that names knowledge-base entity `e`.
  Mention linked_mention(uint32_t i, const Match& m, MentionKind kind, int32_t e) const {
    Mention x = base(i, m.end, &m, kind);
    link_to(x, e);
    return x;
  }

  /// The knowledge-base body a bare head at i names (وزارة الخارجية, رئاسة
  /// الجمهورية with no country after it) in a state news agency's copy, or
  /// a ministry in an article its country's own agency datelines at home:
  /// that country's gov/<iso>/<code>; -1 when the head has no code, has a
  /// complement or a nationality after it, the dateline is another's, or
  /// the body is unknown.
  int32_t home_ministry_at(uint32_t i) const {
    const Match* h = at(i, Table::kOrgHead);
    if (!h || (h->flags & (lexicon::kPrepB | lexicon::kPrepK))) return -1;
    const auto& head = r_.table(Table::kOrgHead).entries[h->payload];
    if (head.extra_at(1).empty()) return -1;
    // (a state news agency's copy names its own state's bodies bare, at home
    // or abroad: وزارة الخارجية، رئاسة الجمهورية in أ ش أ; another agency's
    // only a ministry, and only at home: a foreign agency may speak of any)
    int32_t home = home_state();
    if (home < 0) {
      home = dateline_country();
      if (head.cls != kMinistryClass || home < 0 || dateline_agency_country() != home) return -1;
    }
    if (at(h->end, Table::kNationality) || complement_at(h->end, 1, /*allow_b=*/true).ok()) return -1;
    const int32_t body = r_.kb().index(state_body_key(home, head.extra_at(1)));
    if (body >= 0 && joined_noun_at(h->end) && known_name_runs_on(body, i, h->end) == h->end) return -1;
    return body;
  }

  /// A body of a state news agency's state named bare (مجلس النواب، مجلس
  /// الشورى in بنا's copy) that the KB names with the state's adjective
  /// (Resources::home_body): its index, and in `end` where the name ends;
  /// -1 when a head of bodies does not start it, no state agency credits
  /// the article, or an adjective or complement follows (another state's,
  /// or another body).
  int32_t home_body_at(uint32_t i, uint32_t* end) const {
    const Match* h = at(i, Table::kOrgHead);
    // (بالديوان الملكي "at the Royal Court" names it too; كـ "like" does not)
    if (!h || (h->flags & lexicon::kPrepK)) return -1;
    const int32_t home = home_state();
    if (home < 0) return -1;
    for (uint32_t n = kMaxHomeBodyWords; n >= 1; --n) {
      if (i + n > send_) continue;
      std::string rest;
      bool words = true;
      for (uint32_t t = i + 1; t < i + n; ++t) {
        words = words && is_word(t);
        rest += ' ';
        rest += doc_.key(t);
      }
      if (!words) continue;
      for (uint32_t c = s_.match.offsets[i]; c < s_.match.offsets[i + 1]; ++c) {
        const auto& cand = s_.match.candidates[c];
        std::string first((cand.flags & lexicon::kArticle) ? r_.clitics().article() : std::string());
        first += cand.stem;
        const int32_t body = r_.home_body(home, first + rest);
        if (body < 0) continue;
        if (at(i + n, Table::kNationality) || complement_at(i + n, 1, /*allow_b=*/true).ok()) return -1;
        uint32_t name_end = i + n;
        if (joined_noun_at(name_end) && (name_end = known_name_runs_on(body, i, name_end)) == i + n) return -1;
        *end = name_end;
        return body;
      }
    }
    return -1;
  }

  /// True when token k is و and a noun with the article (وزارة الصناعة
  /// والبناء): joined to the name before it, it makes another name.
  bool joined_noun_at(uint32_t k) const {
    if (k >= send_ || !is_word(k)) return false;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const uint8_t f = s_.match.candidates[c].flags;
      if ((f & lexicon::kConj) && (f & lexicon::kArticle) && !(f & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) {
        return true;
      }
    }
    return false;
  }

  /// Where the text's words from `begin` stop following one of the Arabic
  /// names of entity `e`, when they follow it at least to `end` (وزارة
  /// الخارجية والهجرة for وزارة الخارجية والهجرة وشؤون المصريين بالخارج);
  /// else `end`.
  uint32_t known_name_runs_on(int32_t e, uint32_t begin, uint32_t end) const {
    uint32_t best = end;
    for (const auto& l : kb(static_cast<uint32_t>(e)).labels) {
      if (l.lang != "ar") continue;
      const std::string key = r_.tokenizer().folder().key(l.text);
      const auto words = split(key, ' ');
      uint32_t t = begin;
      for (size_t w = 0; w < words.size() && t < send_ && is_word(t); ++w, ++t) {
        // (the first word may carry a clitic: ووزارة)
        const std::string_view k = doc_.key(t);
        if (t == begin ? !k.ends_with(words[w]) : k != words[w]) break;
      }
      if (t > best) best = t;
    }
    return best;
  }

  /// The country of the news agency credited in the dateline (أ ش أ:
  /// Egypt), or -1.
  int32_t dateline_agency_country(const char* agency_class = kNewsAgencyClass) const {
    const uint32_t from = dateline_begin();
    for (uint32_t t = from; t < from + kDatelineTokens && t < send_; ++t) {
      if (const int32_t agency = agency_at(t); agency >= 0) {
        if (!r_.ontology().is_a(kb(static_cast<uint32_t>(agency)).cls, agency_class)) return -1;
        const auto& facts = kb(static_cast<uint32_t>(agency)).facts;
        auto it = facts.find("country");
        return it == facts.end() ? -1 : r_.kb().index(it->second);
      }
    }
    return -1;
  }

  /// The news agency a name starting at token t names (a knowledge-base
  /// name, or a name only datelines give it: واع), or -1. Only for tokens
  /// of the dateline.
  int32_t agency_at(uint32_t t) const {
    for (uint32_t k = s_.first[t]; k < s_.first[t + 1]; ++k) {
      const Match& m = s_.matches[k];
      if (m.table == Table::kName && r_.ontology().is_a(kb(m.payload).cls, kNewsAgencyClass)) {
        return static_cast<int32_t>(m.payload);
      }
    }
    // (set off by a sign before it: /العمانية/، - واع، (بنا); العمانية in
    // الحكومة العمانية is the adjective)
    const bool set_off = t > 0 && doc_.tokens()[t - 1].kind == text::TokenKind::kPunct;
    const int32_t named = set_off && is_word(t) ? r_.dateline_name(doc_.key(t)) : -1;
    return named >= 0 && r_.ontology().is_a(kb(static_cast<uint32_t>(named)).cls, kNewsAgencyClass) ? named : -1;
  }

  /// The first token of the dateline: 0, or after a headline on a line of
  /// its own that credits no agency, the next line's first token when an
  /// agency is credited in its first tokens (the line read so far).
  uint32_t dateline_begin() const {
    const auto& sentences = doc_.sentences();
    if (sentences.size() < 2 || send_ < sentences[1].token_end) return 0;
    const std::string_view gap = doc_.slice(sentences[0].end, sentences[1].begin);
    const uint32_t next = sentences[1].token_begin;
    if (gap.find('\n') == std::string_view::npos || agency_in(0, std::min(kDatelineTokens, sentences[0].token_end)) ||
        !agency_in(next, next + kDatelineTokens)) {
      return 0;
    }
    return next;
  }

  /// Whether a news agency's name starts in tokens [begin, end).
  bool agency_in(uint32_t begin, uint32_t end) const {
    for (uint32_t t = begin; t < end && t < send_; ++t) {
      if (agency_at(t) >= 0) return true;
    }
    return false;
  }

  /// The state "the country" (البلاد after a title) is: a state news
  /// agency's own (قنا from Ankara: Qatar); -1 for other agencies, whose
  /// "country" is whichever the sentence speaks of (قال الرئيس الأمريكي إن
  /// وزير خارجية البلاد ...).
  int32_t home_state() const {
    // (read once per sentence: the dateline is read up to the sentence's end)
    if (home_state_ == kUnread || home_state_send_ != send_) {
      home_state_ = dateline_agency_country(kStateNewsAgencyClass);
      home_state_send_ = send_;
    }
    return home_state_;
  }

  /// A person's titles end without a country or body (وزير الدفاع X): when
  /// the last office is one only states have (titles.tsv scope state) and a
  /// state news agency credits the article, the office is that state's.
  /// The last office decides (السفير X، المتحدث باسم الوزارة: no state
  /// office). Not when an adjective no title takes in ends the titles
  /// (وزيرة الخارجية الكونغولية: a state the lists cannot tell), when a title
  /// the recogniser could not read follows, nor when the sentence names
  /// another state before the person (وفد سعودي يرأسه وزير الاستثمار X،
  /// ومثل روسيا وزير الخارجية X).
  void note_agency_state(int32_t person, bool office, int32_t last_office) {
    Mention& p = out_[static_cast<size_t>(person)];
    p.office_state = -1;
    if (!office || last_office < 0 || p.office_of >= 0) return;
    if (r_.table(Table::kTitle).entries[static_cast<size_t>(last_office)].extra_at(1) != kStateScope) return;
    const int32_t state = home_state();
    if (state < 0) return;
    // (not a word of portfolios after و, which the title takes: وزير
    // الصناعة والثروة المعدنية X)
    auto in_portfolio = [&](uint32_t k) {
      for (uint32_t q = p.begin; q < k; ++q) {
        if (has_conj(q) && plain_article_word(q) && coordinated_portfolio_end(q) > k) return true;
      }
      return false;
    };
    auto stray_adjective = [&](uint32_t k) {
      return (at(k, Table::kNationality) || plain_adjective(k)) && !in_title(k) && !in_portfolio(k);
    };
    if (p.label_begin > p.begin && stray_adjective(p.label_begin - 1)) return;
    if (p.end > p.label_end && stray_adjective(p.end - 1)) return;
    // (nor when a title the recogniser could not read follows: X، المتحدث
    // الرسمي باسم رئاسة الجمهورية)
    // (a title with و is the next conjunct's: X ونظيره الروسي Y)
    const Match* next = at(p.end, Table::kTitle);
    if (next && (next->flags & lexicon::kConj)) next = nullptr;
    if (next || (punct_is(p.end, "comma") && at(p.end + 1, Table::kTitle))) return;
    for (const Mention& m : out_) {
      if (m.sentence != p.sentence || m.begin >= p.begin) continue;
      if (m.kb >= 0 && m.kb != state && m.coarse == "Place" && kb(static_cast<uint32_t>(m.kb)).cls == "Country") return;
    }
    p.office_state = state;
  }

  /// Does a title match cover token k?
  bool in_title(uint32_t k) const {
    for (uint32_t b = k >= kMaxTitleWords ? k - kMaxTitleWords : 0; b <= k; ++b) {
      for (uint32_t q = s_.first[b]; q < s_.first[b + 1]; ++q) {
        const Match& m = s_.matches[q];
        if (m.table == Table::kTitle && m.end > k) return true;
      }
    }
    return false;
  }

  /// Can the home-country word at i be country `country`? A word for a
  /// kind of state (المملكة, also function class state-word) only names a
  /// state one of whose Arabic names starts with it (المملكة المغربية،
  /// مملكة البحرين; not Iran); البلاد names any.
  bool state_word_fits(uint32_t i, int32_t country) const {
    const Match* w = function_of_class(i, "state-word");
    if (!w) return true;
    const std::string_view word = doc_.key(i).substr(w->prefix_bytes);  // (clitics and article off: وللمملكة)
    const auto& folder = r_.tokenizer().folder();
    for (const auto& l : kb(static_cast<uint32_t>(country)).labels) {
      if (l.lang != "ar") continue;
      const std::string first = folder.key(l.text.substr(0, l.text.find(' ')));
      if (r_.clitics().dictionary_stem(first) == word) return true;
    }
    return false;
  }

  /// The country of the dateline (بيروت، 6 فبراير (أ ف ب) -: Lebanon): the
  /// first place named in the dateline's first tokens (dateline_begin), or
  /// its country; -1.
  int32_t dateline_country() const {
    const uint32_t from = dateline_begin();
    if (from >= doc_.tokens().size()) return -1;
    const uint32_t sentence = doc_.tokens()[from].sentence;
    for (const Mention& m : out_) {
      if (m.begin < from) continue;
      if (m.begin >= from + kDatelineTokens || m.sentence != sentence) break;
      if (m.coarse != "Place" || m.kb < 0) continue;
      const auto& e = kb(static_cast<uint32_t>(m.kb));
      if (e.cls == "Country") return m.kb;
      auto it = e.facts.find("country");
      return it == e.facts.end() ? -1 : r_.kb().index(it->second);
    }
    return -1;
  }

  /// The modifier match at j of class `c` (a word may be listed for events
  /// and documents both: الثنائية), or null.
  const Match* modifier_of_class(uint32_t j, const char* c) const { return match_of_class(j, Table::kModifier, c); }

  /// True when a phrase of the function class `intent` (إلى عقد، استضافة)
  /// ends right before token i.
  bool intent_before(uint32_t i) const {
    for (uint32_t b = i > 3 ? i - 3 : 0; b < i; ++b) {
      for (uint32_t k = s_.first[b]; k < s_.first[b + 1]; ++k) {
        const Match& m = s_.matches[k];
        if (m.table == Table::kFunction && m.end == i && cls(m) == "intent") return true;
      }
    }
    return false;
  }

  /// True when token k is a word with the article (or و + article) that
  /// no list knows but the modifiers: a word of an unknown body's name.
  bool plain_article_word(uint32_t k) const {
    if (!is_word(k)) return false;
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
      const Match& x = s_.matches[m];
      const Table t = x.table;
      // (a head named only in the construct state is an adjective with the
      // article: الشراكة الاستراتيجية)
      if (t == Table::kDocHead && (x.flags & lexicon::kArticle) &&
          r_.table(t).entries[x.payload].extra_at(1) == kConstructOnly) {
        continue;
      }
      if (t != Table::kModifier && t != Table::kNationality && !(t == Table::kStop && cls(x) != "time")) {
        return false;
      }
    }
    if (r_.clitics().looks_like_article_only(doc_.token_text(k))) return false;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if ((cand.flags & lexicon::kArticle) && !(cand.flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) {
        return true;
      }
    }
    return false;
  }

  /// True when بين and "the two countries" or "the two sides" follow token
  /// k, with at most two words between (بين البلدين، بين وزارتي خارجية
  /// البلدين).
  bool between_two_sides(uint32_t k, uint32_t* end = nullptr) const {
    if (!function_is(k, "between")) return false;
    for (uint32_t j = at(k, Table::kFunction)->end; j < send_ && j <= k + kMaxSidesWords + 1; ++j) {
      const Match* both = function_of_class(j, kBothCountriesClass);
      if (!both) both = function_of_class(j, kBothPartiesClass);
      if (both) {
        if (end) *end = both->end;
        return true;
      }
      if (!is_word(j)) return false;
    }
    return false;
  }

  /// The organisation that holds the event at i: a top-level organisation
  /// mention right after a verb of holding (trigger class held), with at
  /// most kMaxHolderGap words no list knows as a name, title or trigger
  /// between it and i; -1 when none.
  int32_t holder_before(uint32_t i) const {
    for (size_t k = out_.size(); k-- > 0;) {
      const Mention& m = out_[k];
      if (m.sentence != doc_.tokens()[i].sentence || m.end > i) return -1;
      if (m.parent >= 0) continue;
      // (inside another's span: منظمة التعاون الإسلامي in مجلس وزراء خارجية ...)
      const bool inside = std::any_of(out_.begin(), out_.begin() + static_cast<std::ptrdiff_t>(k), [&](const Mention& o) {
        return o.begin <= m.begin && o.end >= m.end;
      });
      if (inside) continue;
      if (m.coarse != "Organization" || m.end + kMaxHolderGap < i) return -1;
      for (uint32_t t = m.end; t < i; ++t) {
        if (!is_word(t) || at(t, Table::kName) || at(t, Table::kTitle) || at(t, Table::kTrigger)) return -1;
      }
      // (the verb, with و or not, right before the body)
      if (m.begin == 0 || !trigger_of_class(m.begin - 1, kHeldClass)) return -1;
      return static_cast<int32_t>(k);
    }
    return -1;
  }

  /// Those who meet named last before token i in its sentence, then the
  /// organisation they are of, with nothing but places before it (وزراء
  /// خارجية دول آسيان، قادة دول مجموعة العشرين، وزراء خارجية دول رابطة
  /// جنوب شرق آسيا (آسيان)): the participants' match, and the
  /// organisation's mention in `owner`; null when none.
  const Match* participants_before(uint32_t i, int32_t* owner) const {
    const uint32_t first = doc_.sentences()[doc_.tokens()[i].sentence].token_begin;
    for (uint32_t k = i; k-- > first;) {
      const Match* p = at(k, Table::kParticipants);
      if (!p || p->end > i) continue;
      std::vector<uint32_t> after;  // the mentions between them and token i, in text order
      for (uint32_t m = 0; m < out_.size(); ++m) {
        const Mention& o = out_[m];
        if (o.begin >= p->end && o.end <= i && o.parent < 0 && !o.identity.empty()) after.push_back(m);
      }
      std::sort(after.begin(), after.end(), [&](uint32_t a, uint32_t b) { return out_[a].begin < out_[b].begin; });
      for (uint32_t m : after) {
        if (out_[m].coarse == "Organization") {
          *owner = static_cast<int32_t>(m);
          return p;
        }
        if (out_[m].coarse != "Place") return nullptr;
      }
      return nullptr;
    }
    return nullptr;
  }

  /// End of the portfolios after a title's own (وزير الطاقة والمناجم،
  /// وزير الخارجية والتعاون الدولي): words with the article no list knows
  /// (or only as a body's word), the first of each after و, up to
  /// kMaxPortfolioWords in all; j when none.
  uint32_t coordinated_portfolio_end(uint32_t j) const {
    uint32_t k = j;
    while (k < send_ && k < j + kMaxPortfolioWords && plain_article_word(k) && !at(k, Table::kNationality) &&
           (k > j || has_conj(k))) {
      ++k;
    }
    return k;
  }

  /// True when a reading of token k carries the conjunction (و).
  bool has_conj(uint32_t k) const {
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      if (s_.match.candidates[c].flags & lexicon::kConj) return true;
    }
    return false;
  }

  /// True when no list knows token k but as a word of a body's name
  /// (modifiers.tsv: body-noun, body-adjective: تنمية، تعاون).
  bool unlisted(uint32_t k) const {
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
      const Match& x = s_.matches[m];
      // (حكومة is listed only for the parties of a document: الحكومة الروسية)
      if (x.table == Table::kStop && cls(x) == kGovernmentOfClass) continue;
      if (x.table != Table::kModifier || (cls(x) != kBodyNounClass && cls(x) != kBodyAdjectiveClass)) return false;
    }
    return true;
  }

  /// True when token k is a word no list knows, without the article, a
  /// pronoun suffix, a clitic preposition or tanween-free doubt: a noun of
  /// a document's kind (تجارة، تعاون) or an adjective agreeing with it (حرة).
  bool plain_indefinite_word(uint32_t k) const {
    if (!is_word(k)) return false;
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
      if (s_.matches[m].table != Table::kModifier) return false;
    }
    if (r_.clitics().dictionary_stem(doc_.key(k)).size() != doc_.key(k).size()) return false;
    if (r_.clitics().has_pronoun_suffix(doc_.key(k))) return false;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if (cand.prefix_bytes > 0 && (cand.flags & (lexicon::kPrepB | lexicon::kPrepL | lexicon::kPrepK | lexicon::kConj))) {
        return false;
      }
    }
    return true;
  }

  /// True when token k is a word with ب and the article that is no name
  /// (بالتعاون، بالشراكة).
  bool definite_with_b(uint32_t k) const {
    if (k >= send_ || !is_word(k) || r_.clitics().has_pronoun_suffix(doc_.key(k))) return false;
    if (at(k, Table::kName) || at(k, Table::kTitle) || at(k, Table::kNationality)) return false;
    int32_t e = -1;
    if (kb_at(k, "Place", &e) || kb_at(k, "Organization", &e) || kb_at(k, "Person", &e)) return false;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      const auto both = lexicon::kPrepB | lexicon::kArticle;
      if ((cand.flags & both) == both && cand.stem.size() >= kMinConjunctBytes) return true;
    }
    return false;
  }

  /// True when token k is an indefinite noun without clitics that no list
  /// but the common words knows (إنشاء، تأسيس): the act a document is of.
  bool act_noun(uint32_t k) const {
    if (!is_word(k)) return false;
    for (uint32_t m = s_.first[k]; m < s_.first[k + 1]; ++m) {
      const Match& x = s_.matches[m];
      if (!(x.table == Table::kStop && cls(x) != "time") && x.table != Table::kModifier) return false;
    }
    const std::string_view key = doc_.key(k);
    return r_.clitics().dictionary_stem(key).size() == key.size() && !r_.clitics().has_pronoun_suffix(key) &&
           !r_.clitics().looks_like_article_only(doc_.token_text(k));
  }

  /// End of the longest phrase of topics.tsv that starts at token j with
  /// no clitic before it (وقف إطلاق النار), or j.
  uint32_t topic_phrase_end(uint32_t j) const {
    uint32_t best = j;
    for (uint32_t c = s_.match.offsets[j]; c < s_.match.offsets[j + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if (cand.prefix_bytes == 0) best = std::max(best, topic_end_from(j, cand.stem));
    }
    return best;
  }

  /// End of the longest phrase of topics.tsv whose first word is `stem` (a
  /// reading of token j) and whose other words follow j, or j.
  uint32_t topic_end_from(uint32_t j, std::string_view stem) const {
    uint32_t best = j;
    const auto* starting = r_.topics_starting(stem);
    if (!starting) return best;
    for (uint32_t ti : *starting) {
      const auto& t = r_.topics()[ti];
      uint32_t n = 1;
      while (n < t.stems.size() && j + n < send_ && r_.matcher().token_is(s_.match, j + n, t.stems[n])) ++n;
      if (n == t.stems.size() && j + n > best) best = j + n;
    }
    return best;
  }

  /// End of a purpose whose every word topics.tsv knows (للغذاء والتغذية،
  /// للطاقة الشمسية، لحماية البيئة): the first word with ل and the article
  /// (or in the construct state), the others bare or after و, also with
  /// the article or in the construct state; j when the first is not such a
  /// word.
  uint32_t listed_purpose_end(uint32_t j) const {
    uint32_t k = j;
    while (k < send_) {
      uint32_t best = k;
      for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
        const auto& cand = s_.match.candidates[c];
        constexpr uint32_t kOtherPreps = lexicon::kPrepB | lexicon::kPrepK;
        if (k == j ? !(cand.flags & lexicon::kPrepL) || (cand.flags & (kOtherPreps | lexicon::kConj))
                   : (cand.flags & (kOtherPreps | lexicon::kPrepL)) != 0) {
          continue;
        }
        const uint32_t end = topic_end_from(k, cand.stem);
        // (a word without the article only in the construct state, before
        // the rest of a listed phrase: لحماية البيئة، وسيادة القانون; not
        // the object of the verb after the name: نفت المفوضية ... صحة)
        if (!(cand.flags & lexicon::kArticle) && end < k + 2) continue;
        best = std::max(best, end);
      }
      if (best == k) break;
      k = best;
    }
    return k;
  }

  /// The end of a body's own name after its head at i (organizations.tsv
  /// `own-name`, in the construct state: حزب الميثاق الوطني، حزب العدالة
  /// والتنمية): one to four words with the article, the later ones
  /// adjectives or after و; 0 when none. The name stops before a state's
  /// adjective (حزب الاستقلال المغربي: the party of Morocco) and never
  /// starts with a word the stop list has (حزب المعارضة is a role).
  uint32_t own_name_end(uint32_t i) const {
    const Match* h = at(i, Table::kOrgHead);
    if (!h || (h->flags & (lexicon::kArticle | lexicon::kPrepK)) ||
        r_.table(Table::kOrgHead).entries[h->payload].extra_at(2) != kOwnNameHead) {
      return 0;
    }
    // (a word of a name may be one some list has for other uses: الميثاق)
    auto own_word = [&](uint32_t k) {
      int32_t e = -1;
      return definite_word(k, /*conj_ok=*/k > h->end) && !kb_at(k, "", &e) &&
             !any_at(k, {Table::kTitle, Table::kTrigger, Table::kNationality, Table::kDate, Table::kFunction}) &&
             !(k == h->end && at(k, Table::kStop));
    };
    // (after the first word, an adjective or a word after و: حزب الفجر
    // الذهبي، حزب العدالة والتنمية; another noun starts another phrase:
    // حزب المحافظين الانتخابات)
    auto goes_on = [&](uint32_t k) {
      return has_conj(k) || r_.clitics().has_nisba_ending(doc_.key(k)) || at(k, Table::kModifier);
    };
    uint32_t k = h->end;
    while (k < send_ && k < h->end + kMaxOwnNameWords && own_word(k) && (k == h->end || goes_on(k))) ++k;
    return k > h->end ? k : 0;
  }

  /// End of an unknown body after an event head (للجنة المتابعة والتشاور
  /// السياسي، للآلية الموسعة): an organisation head noun after ل or in the
  /// genitive, and one to four words with the article; j when none.
  /// Nationality adjectives in it (السعودي المصري) are added to `adjectives`.
  uint32_t unknown_body_end(uint32_t j, std::vector<const Match*>& adjectives) const {
    const Match* h = at(j, Table::kOrgHead);
    if (!h || (h->flags & (lexicon::kPrepB | lexicon::kPrepK))) return j;
    uint32_t k = h->end, n = 0;
    while (k < send_ && n < kMaxNameTokens && plain_article_word(k)) {
      if (const Match* a = at(k, Table::kNationality)) adjectives.push_back(a);
      ++k;
      ++n;
    }
    if (n == 0) adjectives.clear();
    return n > 0 ? k : j;
  }

  /// End of a topic after an event (حول الوضع في الشرق الأوسط): a `topic`
  /// word, then up to five words with the article, places and في; j when none.
  /// The places named in it are added to `places` (match, KB entity).
  uint32_t topic_end(uint32_t j, std::vector<std::pair<const Match*, int32_t>>& places) const {
    // (or a word of relating, then a word with ب and the article: المتعلق بالشراكة)
    const bool relating = function_is(j, "relating");
    if (!function_is(j, "topic") && !relating) return j;
    uint32_t k = at(j, Table::kFunction)->end, last = j;
    if (relating) {
      if (!definite_with_b(k)) return j;
      last = ++k;
    }
    size_t kept = places.size();
    for (uint32_t n = 0; k < send_ && n < kMaxTopicTokens; ++n) {
      int32_t e = -1;
      if (const Match* p = kb_at(k, "Place", &e)) {
        places.push_back({p, e});
        kept = places.size();
        k = last = p->end;
        // (a place ends the topic unless و or في goes on: اتفاق وقف إطلاق
        // النار في قطاع غزة حيز التنفيذ)
        if (!starts_with_conj(k) && !function_is(k, "in")) break;
      } else if (const Match* o = k > j + 1 ? kb_at(k, "Organization", &e) : nullptr;
                 o && !(o->flags & kStartsPhrase)) {
        k = last = o->end;  // بشأن تنفيذ نتائج منتدى التعاون الصيني الأفريقي: a known body closes it
        break;
      } else if (plain_article_word(k)) {
        last = ++k;
      } else if (const Match* st = at(k, Table::kStop);
                 st && st->end == k + 1 && cls(*st) == kCommonNounClass && !(st->flags & lexicon::kArticle) &&
                 k + 1 < send_ && plain_article_word(k + 1)) {
        ++k;  // بشأن تعزيز الأمن البحري: a common noun before its genitive
      } else if ((function_is(k, "in") || function_is(k, "topic")) && k + 1 < send_) {
        k = at(k, Table::kFunction)->end;
      } else if (is_word(k) && unlisted(k) && !r_.clitics().has_pronoun_suffix(doc_.key(k))) {
        ++k;  // تشجيع وحماية الاستثمارات: a noun before its genitive
      } else {
        break;
      }
    }
    places.resize(kept);
    return last;
  }

  /// End of a purpose after a named event (المؤتمر الدولي الرابع لتمويل
  /// التنمية، مؤتمر بروكسل لدعم مستقبل سوريا، ... للمحيطات): ل on a noun
  /// no list knows (with the article: that word alone),
  /// then up to four words — with the article, places, or nouns before their
  /// genitive — ending on a word with the article or a place; j when none.
  uint32_t purpose_end(uint32_t j, std::vector<std::pair<const Match*, int32_t>>& places) const {
    if (!is_word(j) || r_.clitics().has_pronoun_suffix(doc_.key(j))) return j;
    for (uint32_t m = s_.first[j]; m < s_.first[j + 1]; ++m) {
      // common nouns (لتعزيز) and modifiers (للتعاون) may open a purpose
      const Table t = s_.matches[m].table;
      if (!((t == Table::kStop && cls(s_.matches[m]) != kWeakStopClass) || t == Table::kModifier)) return j;
    }
    bool with_l = false, with_article = false;
    for (uint32_t c = s_.match.offsets[j]; c < s_.match.offsets[j + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if ((cand.flags & lexicon::kPrepL) && cand.stem.size() >= kMinConjunctBytes) {
        with_l = true;
        with_article |= (cand.flags & lexicon::kArticle) != 0;
      }
    }
    if (!with_l) return j;
    // المؤتمر الدولي الثالث للمحيطات: a word with the article is the purpose
    if (with_article) {
      uint32_t k = j + 1;  // للتجارة الحرة: and up to two adjectives
      for (uint32_t n = 0; n < 2 && plain_article_word(k) && !at(k, Table::kNationality); ++n) ++k;
      return k;
    }
    uint32_t k = j + 1, last = j;
    size_t kept = places.size();
    for (uint32_t n = 0; k < send_ && n < kMaxPurposeWords; ++n) {
      int32_t e = -1;
      if (const Match* p = kb_at(k, "Place", &e)) {
        places.push_back({p, e});
        kept = places.size();
        k = last = p->end;
      } else if (const Match* o = kb_at(k, "Organization", &e); o && k > j + 1) {
        // لتنفيذ نتائج منتدى التعاون الصيني الأفريقي: a known body closes it
        places.push_back({o, e});
        kept = places.size();
        k = last = o->end;
        break;
      } else if (plain_article_word(k)) {
        last = ++k;
      } else if (is_word(k) && unlisted(k) && plain_indefinite_word(k)) {
        ++k;  // إعادة إعمار غزة: a noun before its genitive
      } else {
        break;
      }
    }
    places.resize(kept);
    return last > j ? last : j;
  }

  uint32_t event_phrase(uint32_t i, uint32_t kb_end) {
    const Match* h = at(i, Table::kEventHead);
    if (!h) return 0;
    const auto& head = r_.table(Table::kEventHead).entries[h->payload];
    // Only a complement names visits, talks and calls (زيارة رسمية is none).
    const bool needs_complement = head.extra_at(1) == "complement";
    uint32_t ordinal = 0;
    std::string mods_en;
    bool modified = false;
    Complement of;
    uint32_t j;
    std::string participants_en;
    int32_t session_of = -1;  // the event a session is of (its mention)
    const Match* event_org = nullptr;  // the organisation after its city, and its entity
    int32_t event_org_kb = -1;
    uint32_t visit_to = 0;    // a visit: the end of the place it goes to
    bool participants_l = false;  // الاجتماع الوزاري للمنسقين: who meets, after ل
    int32_t e = -1;
    bool kb_named = false;
    Complement between;
    bool states_listed = false;  // اجتماع وزراء خارجية الأردن ومصر والعراق
    const Match* name = kb_end > h->end ? kb_at(i, "", &e) : nullptr;
    // (قمتها is both قمة with a pronoun and the possessed head: the latter)
    for (uint32_t m = s_.first[i]; m < s_.first[i + 1]; ++m) {
      const Match& x = s_.matches[m];
      if (x.table != Table::kEventHead || x.end != h->end) continue;
      const auto& entry = r_.table(Table::kEventHead).entries[x.payload];
      if (entry.extra_at(1) == kPossessedEvent) return possessed_event(i, x, entry);
    }
    if (name) {
      // A knowledge-base name that starts with the head (قمة الصين-آسيا
      // الوسطى) is the complement of an event when qualifiers follow it.
      j = event_qualifiers(name->end, ordinal, mods_en, modified);
      if (!ordinal && !modified) return same_event_again(i, name->end, e);
      of.end = name->end;
      of.mentions.push_back(kb_mention(*name, e));
      kb_named = true;
    } else {
      // منتدى الأعمال، مؤتمر الاستثمار: a noun of bodies in the construct
      // state says what kind of event it is (Business Forum)
      uint32_t after_head = h->end;
      if (const Match* n = modifier_of_class(after_head, kBodyNounClass);
          n && !(h->flags & lexicon::kArticle) &&
          !(n->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL | lexicon::kConj)) &&
          !complement_at(after_head, 1).ok()) {
        after_head = n->end;
      }
      j = event_qualifiers(after_head, ordinal, mods_en, modified);
      // الدورة الثالثة عشرة للاجتماع رفيع المستوى المغربي الإسباني: a session
      // of a named event is that event; what the inner phrase nests is the
      // session's
      if ((head.extra_at(1) == kSessionEvent || head.extra_at(1) == kNamedOnlyEvent) && depth_ == 0) {
        // (the part of it: الجلسة الافتتاحية للقمة)
        uint32_t k = j;
        while (const Match* part = modifier_of_class(k, kSessionPartClass)) k = part->end;
        const Match* inner = at(k, Table::kEventHead);
        // (a known body whose name starts with an event head is the body:
        // الدورة الوزارية العاشرة لمنتدى التعاون الصيني العربي)
        int32_t body_kb = -1;
        if (inner && kb_at(k, "Organization", &body_kb)) inner = nullptr;
        if (inner && (inner->flags & lexicon::kPrepL)) {
          const size_t first = out_.size();
          ++depth_;
          const uint32_t end = event_phrase(k, 0);
          --depth_;
          if (end > k && out_.size() == first + 1 && out_[first].kind == MentionKind::kBackRef &&
              out_[first].coarse == "Event") {
            // الجلسة الافتتاحية للقمة: the event named again, from the session on
            out_[first].begin = i;
            return end;
          }
          if (end > k && out_.size() > first && out_[first].kind == MentionKind::kPhrase &&
              out_[first].coarse == "Event") {
            session_of = static_cast<int32_t>(first);
            j = end;
          } else {
            out_.resize(first);
          }
        }
      }
      // a noun with the article takes no genitive: in شارك في الاجتماع وزراء
      // خارجية ... the ministers are the verb's subject (after ل they are
      // the event's: الاجتماع الوزاري لدول ...)
      const bool definite = (h->flags & lexicon::kArticle) != 0;
      const Match* p = at(j, Table::kParticipants);
      if (p && definite && !(p->flags & lexicon::kPrepL)) p = nullptr;
      if (p) {
        participants_l = definite && (p->flags & lexicon::kPrepL);
        participants_en = r_.table(Table::kParticipants).entries[p->payload].extra_at(0);
        j = p->end;
        // اجتماع وزراء الإعلام العرب: modifiers after those who meet
        j = event_qualifiers(j, ordinal, mods_en, modified);
      }
      // القمة الحكومية الجزائرية-الإيطالية: an adjective only states' events
      // take, before the states' adjectives (Intergovernmental)
      if (const Match* st = modifier_of_class(j, kStateBodyAdjectiveClass);
          st && !(st->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) {
        const Match* a = at(st->end, Table::kNationality);
        if (a && (a->flags & lexicon::kArticle) && !(a->flags & kStartsPhrase)) {
          if (!mods_en.empty()) mods_en += ' ';
          mods_en += r_.table(Table::kModifier).entries[st->payload].extra_at(0);
          j = st->end;
        }
      }
      of = complement_at(j, 1);
      // زيارة رسمية لقطر: a place after ل is where a visit goes (for the
      // visit rules to read), not what names it
      if (of.ok() && head.cls == kVisitEventClass && of.mentions.front().coarse == "Place" &&
          (of.mentions.front().prep & lexicon::kPrepL)) {
        of = {};
      }
      // لمنسقي تنفيذ متابعة نتائج منتدى التعاون: after those who meet, what
      // they do (nouns no list knows, in a construct chain) ending on a body
      if (!of.ok() && !participants_en.empty()) {
        uint32_t k = j;
        while (k < send_ && k < j + kMaxPurposeWords && plain_indefinite_word(k) && unlisted(k)) ++k;
        int32_t oe = -1;
        if (k > j && kb_at(k, "Organization", &oe)) {
          Complement c = complement_at(k, 1);
          if (c.ok() && c.mentions.front().coarse == "Organization") of = std::move(c);
        }
      }
      if (of.ok() && definite && participants_en.empty() && of.rule != "adjective") {
        // (the ل may be on a word before the name: لدول مجلس التعاون)
        const Match* before = at(j, Table::kFunction);
        const bool after_l = (of.mentions.front().prep & lexicon::kPrepL) || (before && (before->flags & lexicon::kPrepL));
        if (!after_l) of = {};
      }
      // القمة الإسبانية البرتغالية، اللجنة المشتركة التونسية الجزائرية: an
      // adjective of each party (قمة أردنية مصرية عراقية: all without the
      // article when the first is)
      const Match* first_adjective = of.ok() && of.rule == "adjective" ? at(j, Table::kNationality) : nullptr;
      const bool definite_adjectives = !first_adjective || (first_adjective->flags & lexicon::kArticle);
      while (of.ok() && of.rule == "adjective" && of.end < send_) {
        // (الجزائرية-الإيطالية: joined by a hyphen)
        const uint32_t next = punct_is(of.end, "joiner") ? of.end + 1 : of.end;
        const Match* a = at(next, Table::kNationality);
        if (!a || ((a->flags & lexicon::kArticle) != 0) != definite_adjectives || (a->flags & kStartsPhrase)) break;
        of.mentions.push_back(adjective_complement(*a, a->begin).mentions.front());
        of.end = a->end;
      }
      if (of.ok()) j = event_qualifiers(of.end, ordinal, mods_en, modified);
      // قمة بكين لمنتدى التعاون الصيني-الأفريقي: after the city it is named
      // by, the organisation whose event it is
      if (of.ok() && of.mentions.front().cls == "City" && !kb_named) {
        if (const Match* o = kb_at(j, "Organization", &event_org_kb); o && (o->flags & lexicon::kPrepL)) {
          event_org = o;
          j = o->end;
        }
      }
      // (the complement and the ones after it are the event's parties)
      auto take_parties = [&](Complement& more) {
        between.mentions = std::move(of.mentions);
        for (auto& m : more.mentions) between.mentions.push_back(std::move(m));
        between.end = j = more.end;
        of = {};
        states_listed = true;
      };
      // اجتماع وزراء خارجية الأردن ومصر والعراق: those who meet are of
      // each state of a list; together the states are its parties
      if (of.ok() && !participants_en.empty() && of.mentions.size() == 1 &&
          of.mentions.front().coarse == "Place" && !kb_named) {
        const uint32_t next = function_is(of.end, "and") ? of.end + 1 : of.end;
        bool conj = next > of.end;
        for (uint32_t m = s_.first[next]; next < send_ && m < s_.first[next + 1]; ++m) {
          conj |= (s_.matches[m].flags & lexicon::kConj) != 0;
        }
        if (Complement more = conj ? list_at(next) : Complement{};
            more.ok() && std::all_of(more.mentions.begin(), more.mentions.end(),
                                     [](const Mention& x) { return x.coarse == "Place"; })) {
          take_parties(more);
        }
      }
      // القمة الأولى لدول مجلس التعاون ودول آسيا الوسطى: the states of a
      // body, and the states of a region or another body: both its parties
      if (of.ok() && of.mentions.size() == 1 && !states_listed && !kb_named && of.end < send_) {
        const Match* st = function_of_class(of.end, "states-of");
        if (st && (st->flags & lexicon::kConj) && st->end < send_) {
          Complement other = complement_at(st->end, 1);
          const std::string& co = other.ok() ? other.mentions.front().coarse : std::string();
          if (other.ok() && other.mentions.front().kb >= 0 && (co == "Place" || co == "Organization")) {
            take_parties(other);
          }
        }
      }
      if (between.mentions.empty()) between = between_at(j);
      if (!between.mentions.empty()) j = between.end;
    }
    // الاجتماع الرابع للجنة المتابعة والتشاور السياسي: a body no list knows
    // still names the event (it is not made an entity of its own)
    bool body = false;
    std::vector<const Match*> body_adjectives;
    if (!kb_named && !of.ok() && between.mentions.empty()) {
      if (uint32_t k = unknown_body_end(j, body_adjectives); k > j) {
        j = k;
        body = true;
        // للجنة الحكومية المشتركة بين أذربيجان وتركيا: the parties of the body
        between = between_at(j);
        if (!between.mentions.empty()) j = between.end;
      }
    }
    bool named = of.ok() || body || session_of >= 0 || (!needs_complement && (ordinal || modified)) ||
                 (!between.mentions.empty() && (ordinal || modified)) || states_listed;
    // زيارة دولة إلى روسيا، زيارة الدولة التي يقوم بها X إلى الصين: a visit
    // of a kind (رسمية، دولة، عمل) that goes somewhere names a visit; the
    // destination stays outside the phrase, for the visit rules to read
    if (!named && needs_complement && !kb_named) {
      uint32_t k = h->end;
      bool kind = false;
      while (const Match* m = modifier_of_class(k, kVisitKindClass)) {
        if (!mods_en.empty()) mods_en += ' ';
        mods_en += r_.table(Table::kModifier).entries[m->payload].extra_at(0);
        k = m->end;
        kind = true;
      }
      // (or of a visitor it names: زيارة الرئيس الشرع إلى الرياض; "his
      // visit to" a place names none: في مستهل زيارته إلى الولايات المتحدة)
      int32_t pe = -1;
      const bool visitor = !kind && (kb_at(k, "Person", &pe) || at(k, Table::kTitle));
      if (const uint32_t dest = kind || visitor ? destination_follows(k) : 0; dest > 0) {
        j = k;
        named = true;
        visit_to = dest;
      } else if (kind && destination_before(i)) {
        // وصل X إلى أنقرة في زيارة رسمية: the destination just before it
        j = k;
        named = true;
      } else {
        mods_en.clear();
      }
    }
    // الاجتماع الوزاري للمنسقين، اجتماع كبار المسؤولين بشأن ...: those who
    // meet name the event after ل or with a topic
    if (!named && !participants_en.empty() && !needs_complement) {
      std::vector<std::pair<const Match*, int32_t>> no_places;
      named = participants_l || topic_end(j, no_places) > j;
    }
    // منتدى الاستثمار السعودي اليوناني، مؤتمر الأمن الإقليمي: a head in the
    // construct state, a noun with the article, then adjectives
    if (!named && !needs_complement && !kb_named && !(h->flags & lexicon::kArticle) &&
        r_.clitics().dictionary_stem(doc_.key(i)).size() == doc_.key(i).size()) {
      uint32_t k = j, nouns = 0;
      while (k < send_ && nouns < 2 && plain_article_word(k) && !at(k, Table::kNationality) &&
             !modifier_of_class(k, "event")) {
        ++k;
        ++nouns;
      }
      const uint32_t adjectives_from = k;
      std::vector<const Match*> adjectives;
      while (nouns > 0 && k < send_) {
        if (const Match* a = at(k, Table::kNationality); a && (a->flags & lexicon::kArticle)) {
          adjectives.push_back(a);
          k = a->end;
        } else if (const Match* m = modifier_of_class(k, "event")) {
          k = m->end;
        } else {
          break;
        }
      }
      if (k > adjectives_from) {
        j = k;
        named = true;
        body_adjectives.insert(body_adjectives.end(), adjectives.begin(), adjectives.end());
      }
    }
    // ... حول الوضع في الشرق الأوسط، بشأن الأزمة في السودان: the topic
    std::vector<std::pair<const Match*, int32_t>> topic_places;
    uint32_t event_topic = 0;  // first token of the topic or purpose
    if (named && !kb_named) {
      const uint32_t before_topic = j;
      j = topic_end(j, topic_places);
      if (j == before_topic) j = purpose_end(j, topic_places);
      if (j > before_topic) event_topic = before_topic;
    }
    // كأس العالم 2030: a tournament of a series (named-by year) is named
    // by the year after it (which dates it)
    bool named_by_year = false;
    if (!named && head.extra_at(1) == kYearEvent && j < send_ && doc_.tokens()[j].kind == text::TokenKind::kNumber &&
        doc_.key(j).size() == kYearDigits) {
      named = named_by_year = true;
      ++j;  // (the year is part of its name: two World Cups are two events)
    }
    // عقد مجلس الأمن جلسة بشأن السودان، جلسة عقدها مجلس الأمن بشأن
    // السودان: an indefinite meeting a body held, on a topic, is named by
    // both (UN Security Council Session on Sudan)
    const Match* held_by = nullptr;  // a known body after "held" after the head
    int32_t held_by_kb = -1;
    if (!named && !kb_named && !of.ok() && participants_en.empty() && between.mentions.empty() &&
        !(h->flags & lexicon::kArticle) && r_.clitics().dictionary_stem(doc_.key(i)).size() == doc_.key(i).size()) {
      uint32_t from = 0;
      if (holder_before(i) >= 0) {
        from = j;
      } else if (const Match* v = function_of_class(j, kHeldItClass)) {
        held_by = kb_at(v->end, "Organization", &held_by_kb);
        if (held_by && !(held_by->flags & kStartsPhrase)) from = held_by->end;
        else held_by = nullptr;
      }
      std::vector<std::pair<const Match*, int32_t>> places;
      if (const uint32_t t = from ? topic_end(from, places) : 0; t > from) {
        named = true;
        event_topic = from;
        j = t;
        topic_places = std::move(places);
      } else {
        held_by = nullptr;
      }
    }
    // داعيا إلى عقد مؤتمر دولي، تعتزم استضافة مؤتمر دولي: an event only
    // proposed, named by nothing but an adjective, is no event (yet)
    // (one of a series with its year is planned, not proposed: لاستضافة
    // كأس العالم 2034)
    if (named && !named_by_year && !of.ok() && !ordinal && between.mentions.empty() && !(h->flags & lexicon::kArticle) &&
        r_.clitics().dictionary_stem(doc_.key(i)).size() == doc_.key(i).size() && intent_before(i)) {
      return 0;
    }
    if (!named) {
      if (h->end <= kb_end) return 0;
      // (a session alone, الجلسة, is part of an event, not one named again)
      if (head.extra_at(1) == kNamedOnlyEvent) return 0;
      // a bare head with the article: the event named again (الاجتماع)
      if (r_.clitics().dictionary_stem(doc_.key(i)).size() != doc_.key(i).size() ||
          (h->flags & lexicon::kArticle)) {
        return push_head_again(i, *h, head.cls);
      }
      return 0;
    }
    if (j <= kb_end) return 0;
    Mention x = base(i, j, h, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    x.ordinal = ordinal;
    x.topic = event_topic;
    x.identity = "event:" + stems_key(i, j);
    // الحوار الاستراتيجي بين البلدين: between the article's two sides
    x.between_sides = !of.ok() && between.mentions.empty() && !kb_named && between_two_sides(j);
    // عقد وزراء خارجية دول آسيان اجتماعهم السابع والخمسين: "their" meeting
    // is that of those who meet before it, and of their body
    int32_t owner = -1;
    std::string of_owner_en;
    if (head.extra_at(1) == kTheirsEvent && !of.ok() && participants_en.empty()) {
      if (const Match* p = participants_before(i, &owner)) {
        participants_en = r_.table(Table::kParticipants).entries[p->payload].extra_at(0);
        x.participants_at = static_cast<int32_t>(p->begin);
        x.complement = owner;
        x.identity += "#" + out_[static_cast<size_t>(owner)].identity;
        of_owner_en = english(out_[static_cast<size_t>(owner)]);
      }
    }
    // عقد مجلس الأمن الدولي اليوم جلسة طارئة: a meeting the body right
    // after "held" holds is the body's
    if (owner < 0 && !of.ok() && !kb_named && participants_en.empty() && between.mentions.empty() && !body &&
        !(h->flags & lexicon::kArticle)) {
      if (const int32_t holder = holder_before(i); holder >= 0) {
        owner = holder;
        x.complement = owner;
        x.identity += "#" + out_[static_cast<size_t>(owner)].identity;
        of_owner_en = english(out_[static_cast<size_t>(owner)]);
      }
    }
    if (held_by) of_owner_en = kb(held_by->payload).label("en");
    if (kb_named) x.named_after = e;
    // (a visit is also known with where it goes: زيارة دولة إلى روسيا)
    if (visit_to > 0) x.alt_label = Recognizer::slice(doc_, i, visit_to, x.label_skip);
    std::string of_en = of.ok() ? english(of.mentions.front()) : of_owner_en;
    if (!kb_named && (!of.ok() || !of_en.empty())) {
      x.label_en = fill(r_.en_template("event"),
                        {{"ordinal", ordinal ? r_.en_ordinal(ordinal) : ""},
                         {"modifiers", mods_en},
                         {"complement", of_en},
                         {"participants", participants_en},
                         {"head", head.extra_at(0)}});
    }
    int32_t idx = push(std::move(x));
    if (held_by) out_[static_cast<size_t>(idx)].complement = push_kb(*held_by, held_by_kb, idx);
    for (const auto& [p, pe] : topic_places) push_kb(*p, pe, idx);
    for (const Match* a : body_adjectives) push_adjective(*a, idx);
    // The complement of a name such as قمة الصين-آسيا الوسطى is part of the
    // event's name, not a mention of the mechanism.
    if (of.ok() && !kb_named) out_[static_cast<size_t>(idx)].complement = push_complement(of, idx);
    if (event_org) out_[static_cast<size_t>(idx)].event_of = push_kb(*event_org, event_org_kb, idx);
    if (session_of >= 0) {
      for (size_t k = static_cast<size_t>(session_of); k < static_cast<size_t>(idx); ++k) {
        if (out_[k].parent < 0) out_[k].parent = idx;
      }
      out_[static_cast<size_t>(idx)].session_of = session_of;
      // one event: the session is the edition of the event it is of
      out_[static_cast<size_t>(session_of)].identity = out_[static_cast<size_t>(idx)].identity;
    }
    for (auto& m : between.mentions) {
      m.parent = idx;
      push(std::move(m));
    }
    return j;
  }

  /// اختتم المنتدى اجتماعه الوزاري العاشر، عقدت اللجنة دورتها الثلاثين: an
  /// event of the organisation named last before it in the sentence, named
  /// by its ordinal or a modifier; after an event named before, that event
  /// again; 0 when none.
  uint32_t possessed_event(uint32_t i, const Match& h, const lexicon::WordEntry& head) {
    uint32_t ordinal = 0;
    std::string mods_en;
    bool modified = false;
    const uint32_t j = event_qualifiers(h.end, ordinal, mods_en, modified);
    if (!ordinal && !modified) return 0;
    // (after an event named before, "its session" is that event again, but
    // not when their ordinals differ: عقد اجتماعه الوزاري الأول after the
    // fourth)
    for (size_t k = out_.size(); k-- > 0;) {
      if (out_[k].kind == MentionKind::kPhrase && out_[k].coarse == "Event") {
        if (ordinal && out_[k].ordinal && out_[k].ordinal != ordinal) break;
        Mention x = base(i, j, &h, MentionKind::kBackRef);
        x.cls = out_[k].cls;
        x.coarse = out_[k].coarse;
        push(std::move(x));
        return j;
      }
    }
    const uint32_t sentence = doc_.tokens()[i].sentence;
    int32_t owner = -1;
    for (size_t k = out_.size(); k-- > 0;) {
      const Mention& m = out_[k];
      if (m.sentence != sentence) break;
      if (m.parent < 0 && m.coarse == "Organization") {
        owner = static_cast<int32_t>(k);
        break;
      }
    }
    if (owner < 0) return 0;
    Mention x = base(i, j, &h, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    x.ordinal = ordinal;
    x.identity = "event:" + stems_key(i, j) + "#" + out_[static_cast<size_t>(owner)].identity;
    x.complement = owner;
    push(std::move(x));
    return j;
  }

  /// A knowledge-base name starting with an event head, without qualifiers
  /// (وعلى هامش قمة الصين وآسيا الوسطى): the event named earlier with that
  /// complement, if any; else 0 (the name stays a knowledge-base mention).
  uint32_t same_event_again(uint32_t i, uint32_t end, int32_t entity) {
    if (entity < 0) return 0;
    for (size_t k = out_.size(); k-- > 0;) {
      const Mention& ev = out_[k];
      if (ev.kind != MentionKind::kPhrase || ev.coarse != "Event") continue;
      bool same = ev.named_after == entity ||
                  (ev.complement >= 0 && out_[static_cast<size_t>(ev.complement)].kb == entity);
      if (!same) continue;
      // (of the same kind: منتدى الصين-سيلاك after its ministerial meeting
      // is the forum, not the meeting)
      const auto& name_head = r_.table(Table::kEventHead).entries[at(i, Table::kEventHead)->payload];
      if (!r_.ontology().is_a(ev.cls, name_head.cls) && !r_.ontology().is_a(name_head.cls, ev.cls)) return 0;
      Mention x = base(i, end, at(i, Table::kEventHead), MentionKind::kPhrase);
      x.cls = ev.cls;
      x.coarse = ev.coarse;
      x.identity = ev.identity;
      x.ordinal = ev.ordinal;
      push(std::move(x));
      return end;
    }
    return 0;
  }

  uint32_t document_phrase(uint32_t i, uint32_t kb_end) {
    const Match* h = at(i, Table::kDocHead);
    if (!h) return 0;
    const auto& head = r_.table(Table::kDocHead).entries[h->payload];
    // (named-by construct: with the article the head is an adjective too,
    // الشراكة الاستراتيجية, but before الوطنية)
    // (and without it, a name it governs follows it, a place's or a body's:
    // استراتيجية أبوظبي, not استراتيجية مشتركة، استراتيجية للخروج،
    // استراتيجية المجموعة "the group's strategy")
    // (a body named before and referred back to, only with the years the
    // strategy covers: استراتيجية الصندوق للأعوام 2021-2025)
    bool needs_period = false;
    if (head.extra_at(1) == kConstructOnly) {
      int32_t e = -1;
      const Match* governed = (h->flags & lexicon::kArticle) || h->end >= send_ ? nullptr : kb_at(h->end, "", &e);
      needs_period = !governed && !(h->flags & lexicon::kArticle) && h->end < send_ && org_backref_at(h->end) >= 0;
      if ((h->flags & lexicon::kArticle)
              ? !modifier_of_class(h->end, kNationalDocClass)
              : !needs_period &&
                    (!governed || (governed->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL | lexicon::kConj)))) {
        return 0;
      }
    }
    uint32_t j = h->end;
    std::vector<std::string> mods;
    uint32_t topic_from = 0;  // first token of the topic, purpose or kind words
    while (const Match* m = modifier_of_class(j, "document")) {
      // اتفاقية للتعاون الاقتصادي: a modifier after ل opens a purpose
      if (mods.empty() && (m->flags & lexicon::kPrepL)) topic_from = j;
      mods.push_back(r_.table(Table::kModifier).entries[m->payload].extra_at(0));
      j = m->end;
    }
    // اتفاقية للتعاون الاقتصادي: up to two adjectives of a modifier's noun
    const uint32_t mods_end = j;
    for (uint32_t n = 0; !mods.empty() && n < 2 && plain_article_word(j) && !at(j, Table::kNationality); ++n) ++j;
    // (اتفاقية التعاون الثقافي والتعليمي: without ل, the noun and its
    // adjectives are the document's kind, Cultural and Educational
    // Cooperation Agreement)
    const bool adjectives_of_kind = j > mods_end && topic_from == 0 && mods.size() == 1;
    if (adjectives_of_kind) topic_from = h->end;
    // اتفاقية تجارة حرة، مذكرة تعاون: heads named by their kind take the
    // indefinite nouns after them (words no list knows, without the article)
    bool kind_named = false;
    // (only an indefinite head in the construct state: after الاتفاق or an
    // accusative اتفاقا an indefinite word is a verb: الاتفاق يصب، اتفاقا يقضي)
    // (named-by kind-definite: the head is named by a definite noun too:
    // اتفاقية الدفاع الاستراتيجي المشترك، معاهدة الصداقة والتعاون)
    const bool kind_definite = head.extra_at(1) == kKindDefinite;
    if (mods.empty() && (head.extra_at(1) == "kind" || kind_definite) &&
        !(h->flags & (lexicon::kArticle | lexicon::kSuffix)) &&
        r_.clitics().dictionary_stem(doc_.key(i)).size() == doc_.key(i).size()) {
      uint32_t k = j;
      while (k < send_ && k - j < kMaxNameTokens && plain_indefinite_word(k)) ++k;
      // (words of a document's kind topics.tsv knows, whatever else they
      // read as: وقف إطلاق النار, where وقف is also a verb)
      if (k == j && is_word(j)) {
        if (const uint32_t t = topic_phrase_end(j); t > j + 1) k = t;
      }
      // ... and the definite noun that ends their construct chain (اتفاق وقف
      // إطلاق النار، اتفاقية منع الازدواج الضريبي)
      for (uint32_t n = 0; (k > j || kind_definite) && k < send_ && n < kMaxDocumentGenitiveWords &&
                           plain_article_word(k) && !at(k, Table::kNationality);
           ++n) {
        ++k;
      }
      // ... and, named by a definite noun alone, its adjectives and nouns
      // joined by و (الدفاع الاستراتيجي المشترك، الصداقة والتعاون)
      if (kind_definite && k > j && !plain_indefinite_word(j)) {
        while (k < send_ && k < j + kMaxNameTokens && plain_article_word(k) && !at(k, Table::kNationality)) ++k;
        // (a verbal noun going on with من or على: معاهدة الحد من ...)
        if (function_is(k, "from") || function_is(k, "on")) k = j;
      }
      if (k > j) {
        kind_named = true;
        topic_from = j;
        j = k;
      }
    }
    Complement of;
    size_t event_first = out_.size();
    bool event_named = false;
    if (!kind_named && j < send_ && at(j, Table::kEventHead)) {
      // إعلان قمة واشنطن: a document named after an event
      uint32_t end = event_phrase(j, 0);
      if (end > j && out_.size() > event_first && out_[event_first].kind == MentionKind::kPhrase) {
        event_named = true;
        j = end;
      } else {
        out_.resize(event_first);
      }
    }
    // محضر إنشاء مجلس الشراكة الاستراتيجية، اتفاقية تأسيس البنك: a noun of
    // the act, then the body it is about
    if (!event_named && !kind_named && mods.empty() && j + 1 < send_ && act_noun(j) &&
        !(at(j + 1, Table::kOrgHead) && (at(j + 1, Table::kOrgHead)->flags & kStartsPhrase))) {
      std::vector<const Match*> ignored;
      Complement c = complement_at(j + 1, 1);
      if (c.ok() && c.mentions.front().coarse == "Organization") {
        of = std::move(c);
        j = of.end;
      } else if (uint32_t k = unknown_body_end(j + 1, ignored); k > j + 1) {
        j = k;
        kind_named = true;
      }
    }
    if (!event_named && !of.ok() && j < send_) {
      // إعلان قادة ريو دي جانيرو: those who made it, before the place
      const Match* makers = at(j, Table::kParticipants);
      const uint32_t from = makers && !(makers->flags & kStartsPhrase) ? makers->end : j;
      Complement c = complement_at(from, 1);
      // إعلان البحرين، اتفاق الرياض، خطة العمل ... للتعاون: a body or a place
      if (c.ok() && (c.mentions.front().coarse == "Organization" ||
                     (c.mentions.front().coarse == "Place" && c.mentions.front().kind == MentionKind::kKb)) &&
          (from == j || c.mentions.front().coarse == "Place")) {
        of = std::move(c);
        j = of.end;
      }
    }
    // القرار 2728، قرار مجلس الأمن رقم 1701: a number names it
    uint32_t number = 0, number_session = 0;
    if (uint32_t n = number_end(j, number, number_session); n > j) j = n;
    // اتفاقية بين حكومة المملكة وحكومة الجمهورية الهيلينية: the parties name it
    Complement parties;
    if (!event_named && !of.ok() && !kind_named) {
      parties = between_at(j);
      if (parties.mentions.size() >= 2) {
        j = parties.end;
      } else {
        parties = Complement();
      }
    }
    // خطة المشاورات بين وزارتي خارجية البلدين: between the article's two sides
    uint32_t sides_end = 0;
    const bool sides_named = !event_named && !of.ok() && !kind_named && parties.mentions.empty() &&
                             between_two_sides(j, &sides_end);
    if (sides_named) j = sides_end;
    const bool parties_named = !parties.mentions.empty() || sides_named;
    // a head of two words or more names a kind of its own (بيان مشترك،
    // مذكرة تفاهم); a one-word head needs a modifier or a complement
    bool specific_head = h->end - h->begin >= 2 || number > 0;
    // مذكرة تفاهم للتعاون في مجال الدفاع، اتفاقية بشأن حماية الاستثمارات
    std::vector<std::pair<const Match*, int32_t>> topic_places;
    // (a topic alone does not make a document: بيانات حول تعميق التعاون)
    // اتفاقية للتجارة الحرة، اتفاق لوقف إطلاق النار: a purpose names it
    uint32_t purpose = j;
    if (mods.empty() && !of.ok() && !event_named && !kind_named) purpose = purpose_end(j, topic_places);
    // اتفاقية تتعلق بالتعاون في مجال الطاقة، الإعلان المتعلق بالشراكة
    // الاستراتيجية: a word of relating and a noun after ب name it too
    if (mods.empty() && !of.ok() && !event_named && !kind_named && purpose == j && function_is(j, "relating")) {
      purpose = topic_end(j, topic_places);
    }
    const bool purpose_named = purpose > j;
    if (purpose_named && function_is(j, "relating")) {
      topic_from = j;
      j = purpose;
    } else if (purpose_named) {
      topic_from = j;
      j = topic_end(purpose, topic_places);  // (للتعاون في مجال الطاقة: and its topic)
    }
    // اعتمد الاجتماع قرارا بشأن غزة، أصدر المجلس قرارا يدين ...: one
    // document in the indefinite accusative, named by its topic or by what
    // it does
    const bool accusative = (h->flags & lexicon::kSuffix) && !(h->flags & lexicon::kArticle) && h->end == h->begin + 1;
    bool clause_named = false;
    if (accusative && mods.empty() && !of.ok() && !event_named && !kind_named && !purpose_named) {
      std::vector<std::pair<const Match*, int32_t>> no_places;
      if (uint32_t k = clause_end(j); k > j) {
        j = k;
        clause_named = true;
      } else if (topic_end(j, no_places) > j) {
        specific_head = true;
      }
    }
    if (clause_named) specific_head = true;
    // وثيقة "التزام إشبيلية"، إعلان "..." : a head and a name in quotes
    if (mods.empty() && !of.ok() && !event_named && !kind_named && !purpose_named && punct_is(j, "quote")) {
      Complement q = quoted_org_at(i, *h, head.cls);
      if (q.ok() && q.mentions.front().kind == MentionKind::kPhrase) {
        Mention x = std::move(q.mentions.front());
        x.identity = "doc:" + stems_key(x.label_begin, x.label_end);
        push(std::move(x));
        return q.end;
      }
    }
    if (mods.empty() && !of.ok() && !specific_head && !event_named && !kind_named && !purpose_named &&
        !parties_named) {
      // الاتفاقية، البيان alone, with the article: the document named again
      std::vector<std::pair<const Match*, int32_t>> no_places;
      if (h->end > kb_end && (h->flags & lexicon::kArticle) && !(h->flags & lexicon::kSuffix) &&
          topic_end(j, no_places) == j) {
        // البيان الصادر عن الاجتماع, with no statement named before: a
        // document of its own, the one that event issued
        if (trigger_of_class(j, kIssuedByClass) && !document_before(head.cls)) {
          Mention x = base(i, h->end, h, MentionKind::kPhrase);
          x.cls = head.cls;
          x.coarse = coarse(x.cls);
          x.identity = "doc:" + stems_key(i, h->end);
          x.label_en = fill(r_.en_template("document"), {{"head", head.extra_at(0)}});
          push(std::move(x));
          return h->end;
        }
        return push_head_again(i, *h, head.cls);
      }
      return 0;
    }
    if (!event_named && !purpose_named && !clause_named) {
      const uint32_t before_topic = j;
      j = topic_end(j, topic_places);
      // (للتعاون في مجال الطاقة: a purpose, then its topic)
      if (j == before_topic && (j = purpose_end(j, topic_places)) > before_topic) j = topic_end(j, topic_places);
      if (j > before_topic && topic_from == 0) topic_from = before_topic;
    }
    // للفترة 2025-2027: the years it covers (a plan's also right after its
    // name: الاستراتيجية الوطنية للسياحة 2021-2025)
    std::string period;
    uint32_t period_begin = 0;
    if (uint32_t k = period_end(j, period, head.cls == kPlanClass); k > j) {
      period_begin = j;
      j = k;
    }
    if (j <= kb_end || (needs_period && period.empty())) {
      out_.resize(event_first);
      return 0;
    }
    Mention x = base(i, j, h, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    x.identity = "doc:" + stems_key(i, j);
    x.period = std::move(period);
    x.period_begin = period_begin;
    x.number = number;
    x.number_session = number_session;
    x.topic = topic_from;
    x.topic_kind = (kind_named || adjectives_of_kind) && topic_from > 0;
    x.between_sides = sides_named;
    // قرار مجلس الأمن رقم 1701 and القرار 1701 are one: the head and number
    if (number > 0) {
      x.identity = "doc:" + stems_key(i, h->end) + "#" + std::to_string(number);
      if (number_session > 0) x.identity += "/" + std::to_string(number_session);
    }
    std::string mods_en;
    for (auto it = mods.rbegin(); it != mods.rend(); ++it) {  // English order
      if (!mods_en.empty()) mods_en += ' ';
      mods_en += *it;
    }
    std::string of_en = of.ok() ? english(of.mentions.front()) : std::string();
    if (of.ok() && of.mentions.front().coarse == "Place") {
      // إعلان البحرين: the Bahrain Declaration
      x.label_en = fill(r_.en_template("document-of-place"),
                        {{"modifiers", mods_en}, {"head", head.extra_at(0)}, {"complement", of_en}});
    } else {
      std::string of_clause =
          of_en.empty() ? std::string() : fill(r_.en_template("of-complement"), {{"complement", of_en}});
      x.label_en = fill(r_.en_template("document"),
                        {{"modifiers", mods_en}, {"head", head.extra_at(0)}, {"of-complement", of_clause}});
    }
    if (event_named) {
      x.label_en = fill(r_.en_template("document-of-place"),
                        {{"modifiers", mods_en}, {"head", head.extra_at(0)}, {"complement", out_[event_first].label_en}});
    }
    int32_t idx = push(std::move(x));
    if (of.ok()) out_[static_cast<size_t>(idx)].complement = push_complement(of, idx);
    for (auto& m : parties.mentions) {
      m.parent = idx;
      m.party = true;
      push(std::move(m));
    }
    for (const auto& [p, pe] : topic_places) push_kb(*p, pe, idx);
    if (event_named) {
      // the event and what it nests become the document's
      for (size_t k = event_first; k < static_cast<size_t>(idx); ++k) {
        if (out_[k].parent < 0) out_[k].parent = idx;
      }
      out_[static_cast<size_t>(idx)].issued_by = static_cast<int32_t>(event_first);
    }
    return j;
  }

  /// End of what a document does, after its head (يدين التشريعات
  /// الإسرائيلية، يطالب بوقف إطلاق النار): a `doc-verb`, up to
  /// kMaxDocumentClauseWords words to the first with the article, and the
  /// adjectives after it; j when none.
  uint32_t clause_end(uint32_t j) const {
    const Match* v = function_of_class(j, "doc-verb");
    if (!v) return j;
    uint32_t k = v->end;
    for (uint32_t n = 0; k < send_ && n < kMaxDocumentClauseWords && is_word(k); ++n, ++k) {
      if (at(k, Table::kTitle) || at(k, Table::kFunction) || at(k, Table::kTrigger)) return j;
      if (!plain_article_word(k)) continue;
      ++k;  // and its adjectives (التشريعات الإسرائيلية، الهجمات الإرهابية)
      for (uint32_t a = 0; a < kMaxDocumentClauseAdjectives && k < send_ && plain_article_word(k); ++a) ++k;
      return k;
    }
    return j;
  }

  /// Whether a place a visit goes to follows token k within a few words of
  /// the same clause (إلى روسيا، للمملكة، التي يقوم بها X إلى الصين).
  /// Returns the end of the place's name, 0 when none.
  uint32_t destination_follows(uint32_t k) const {
    for (uint32_t t = k; t < send_ && t < k + kMaxVisitDestinationWords && is_word(t); ++t) {
      int32_t e = -1;
      const Match* to = function_of_class(t, "to");
      const uint32_t after = to ? to->end : t;
      const Match* place = kb_at(after, "Place", &e);
      const bool with_l = place && (place->flags & lexicon::kPrepL);
      if (place && (to || with_l)) return place->end;
      // (a state word before the country's name: إلى جمهورية الهند)
      if (int32_t state = -1; to && function_is(after, "state-word")) {
        if (const Match* n = state_country(after, &state)) return n->end;
      }
      if (const Match* home = home_word_at(after); home && (to || (home->flags & lexicon::kPrepL))) return home->end;
    }
    return 0;
  }

  /// A word at t for the country of the dateline or the agency (البلاد،
  /// المملكة; الدولة in a state agency's copy), or null.
  const Match* home_word_at(uint32_t t) const {
    const Match* home = function_of_class(t, "home-country");
    return home ? home : function_of_class(t, "home-state");
  }

  /// True when "to <place> in" ends right before token i (وصل إلى أنقرة في
  /// زيارة رسمية): the visit at i goes there.
  bool destination_before(uint32_t i) const {
    if (i < 3) return false;
    const uint32_t first = doc_.sentences()[doc_.tokens()[i].sentence].token_begin;
    const uint32_t in = i - 1;
    if (!function_is(in, "in")) return false;
    for (uint32_t t = in; t-- > first && t + kMaxVisitDestinationWords > in;) {
      int32_t e = -1;
      const Match* place = kb_at(t, "Place", &e);
      // (or the country of the agency or the dateline: وصل إلى الدولة في زيارة)
      if (!place) place = home_word_at(t);
      if (!place || place->end != in) continue;
      return t > first && (function_of_class(t - 1, "to") != nullptr);
    }
    return false;
  }

  /// The known person whose surname token k is under its clitics (للسوداني:
  /// السوداني), whatever else it reads as, or -1.
  int32_t surname_under_clitics(uint32_t k) const {
    if (!is_word(k)) return -1;
    if (const int32_t known = owner_.known_surname(doc_.key(k)); known >= 0) return known;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const auto& cand = s_.match.candidates[c];
      if (const int32_t known = owner_.known_surname(cand.stem); known >= 0) return known;
      if (const int32_t known = owner_.known_surname(r_.clitics().article() + std::string(cand.stem)); known >= 0) {
        return known;
      }
    }
    return -1;
  }

  /// The known person whose surname token k is (clitics aside), or -1.
  int32_t surname_at(uint32_t k) const {
    if (k >= send_ || !is_word(k) || s_.first[k] != s_.first[k + 1]) return -1;
    for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
      const int32_t known = owner_.known_surname(s_.match.candidates[c].stem);
      if (known >= 0) return known;
    }
    return -1;
  }

  /// وعقد الرئيسان السيسي وماكرون ...: a title in the dual, then the known
  /// surnames of the two; each is that person (the first from the title
  /// on, for the verb before it); 0 when none.
  uint32_t dual_title_surnames(uint32_t i) {
    const Match* dual = function_of_class(i, "both-sides");
    if (!dual || dual->end >= send_) return 0;
    const int32_t first = surname_at(dual->end);
    if (first < 0 || starts_with_conj(dual->end)) return 0;
    uint32_t second_at = dual->end + 1;
    const int32_t second = surname_at(second_at);
    if (second < 0 || second == first) return 0;
    // (the second with و: السيسي وماكرون)
    bool conj = false;
    uint32_t conj_bytes = 0;
    for (uint32_t c = s_.match.offsets[second_at]; c < s_.match.offsets[second_at + 1] && !conj; ++c) {
      const auto& cand = s_.match.candidates[c];
      conj = (cand.flags & lexicon::kConj) != 0 && owner_.known_surname(cand.stem) == second;
      if (conj) conj_bytes = cand.clitic_bytes;
    }
    if (!conj) return 0;
    for (const auto& [begin, who] : {std::pair<uint32_t, int32_t>{i, first}, {second_at, second}}) {
      const uint32_t name = begin == i ? dual->end : second_at;
      Mention x = base(begin, name + 1, nullptr, MentionKind::kTitled);
      x.label_begin = name;
      x.label_end = name + 1;
      x.label_skip = begin == i ? 0 : text_skip(name, conj_bytes);
      x.cls = "Person";
      x.coarse = "Person";
      x.kb = who;
      x.identity = kb(static_cast<uint32_t>(who)).key;
      if (begin == i) take_clitics(x, *dual);
      x.conj = begin != i;  // وماكرون: the second conjunct
      push(std::move(x));
    }
    return second_at + 1;
  }

  /// The trigger match of class `c` at token j, or null.
  const Match* trigger_of_class(uint32_t j, const char* c) const { return match_of_class(j, Table::kTrigger, c); }

  /// Whether a document of class `c` (or a finer one) is named before.
  bool document_before(const std::string& c) const {
    const auto& onto = r_.ontology();
    for (const auto& m : out_) {
      if (m.coarse == "Document" && (m.cls == c || onto.is_a(m.cls, c))) return true;
    }
    return false;
  }

  /// After a document's name at j, the number that names it (رقم 1701, or
  /// 2728 alone; at most kMaxDocumentNumber): the token after it, with the
  /// value in `number`; else j.
  /// After a `period` word, in brackets or (`bare`) alone, a year or a
  /// range of years (2025-2027): the end, with the years in `period`; j
  /// when none.
  uint32_t period_end(uint32_t j, std::string& period, bool bare = false) const {
    const Match* w = function_of_class(j, kPeriodClass);
    // (2023-2027): the years in brackets; `bare`: or with nothing before them
    const bool bracket = !w && punct_is(j, "open");
    if (!w && !bracket && !bare) return j;
    auto year = [&](uint32_t k) {
      if (k >= send_ || doc_.tokens()[k].kind != text::TokenKind::kNumber) return false;
      const std::string_view key = doc_.key(k);
      return key.size() == 4 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    uint32_t k = bracket ? j + 1 : w ? w->end : j;
    if (!year(k)) return j;
    std::string years(doc_.key(k));
    ++k;
    if (k + 1 < send_ && doc_.tokens()[k].kind == text::TokenKind::kPunct && r_.punct_class(doc_.key(k)) == "joiner" &&
        year(k + 1)) {
      years += "-" + std::string(doc_.key(k + 1));
      k += 2;
    }
    if (bracket) {
      if (!punct_is(k, "close")) return j;
      ++k;
    }
    period = std::move(years);
    return k;
  }

  uint32_t number_end(uint32_t j, uint32_t& number, uint32_t& session) const {
    uint32_t k = j;
    if (const Match* w = function_of_class(k, "number-word")) k = w->end;
    auto value_at = [&](uint32_t t) -> uint32_t {
      if (t >= send_ || doc_.tokens()[t].kind != text::TokenKind::kNumber) return 0;
      uint64_t value = 0;
      for (char ch : doc_.key(t)) {
        if (ch < '0' || ch > '9' || value > kMaxDocumentNumber) return 0;
        value = value * 10 + static_cast<uint32_t>(ch - '0');
      }
      return value > kMaxDocumentNumber ? 0 : static_cast<uint32_t>(value);
    };
    const uint32_t first = value_at(k);
    if (first == 0) return j;
    // القرار 79/81: a session's resolution, the session and the number
    if (punct_is(k + 1, "joiner") && doc_.key(k + 1) == "/") {
      if (const uint32_t second = value_at(k + 2); second > 0) {
        session = first;
        number = second;
        return k + 3;
      }
    }
    number = first;
    return k + 1;
  }

  /// A head alone (الاجتماع، الاتفاقية) naming again a thing of class
  /// `cls` named before: pushes that back reference; returns its end.
  uint32_t push_head_again(uint32_t i, const Match& h, const std::string& cls) {
    Mention x = base(i, h.end, &h, MentionKind::kBackRef);
    x.cls = cls;
    x.coarse = coarse(x.cls);
    push(std::move(x));
    return h.end;
  }

  /// A venue (قصر قرطاج، قصر السلام، المجمع الرئاسي): a head of venues.tsv,
  /// with one or two name words or words with the article after it unless
  /// the head names the venue itself; 0 when none.
  uint32_t venue_phrase(uint32_t i, uint32_t kb_end) {
    const Match* h = at(i, Table::kVenueHead);
    if (!h) return 0;
    const auto& head = r_.table(Table::kVenueHead).entries[h->payload];
    const bool self = head.extra_at(1) == kSelfNamedVenue;
    uint32_t j = h->end;
    if (!self) {
      // the head in the construct state (قصر، not القصر) before its name
      if ((h->flags & lexicon::kArticle) || r_.clitics().dictionary_stem(doc_.key(i)).size() != doc_.key(i).size()) {
        return 0;
      }
      uint32_t k = j;
      // مطار الملك عبدالعزيز الدولي: named after a person, with the title
      // (a head of state's or an honorific) that goes with the name
      if (const Match* t = at(k, Table::kTitle);
          t && (cls(*t) == kHeadOfficeClass || cls(*t) == "honorific") && !(t->flags & kStartsPhrase) &&
          name_token(t->end, true, false)) {
        k = t->end;
      }
      // مطار القاهرة الدولي: named after its city, then its adjectives
      int32_t city_e = -1;
      const Match* city = k == j ? kb_at(k, "City", &city_e) : nullptr;
      std::string city_en;  // Cairo International Airport: the city, its adjectives, the head
      // (ميناء بينانغ: or after its city alone, when no name goes on)
      const bool city_alone = city && city->end < send_ && !plain_article_word(city->end) &&
                              !(is_word(city->end) && name_token(city->end, false, false));
      if (city && !(city->flags & kStartsPhrase) && (plain_article_word(city->end) || city_alone) &&
          !at(city->end, Table::kNationality)) {
        k = city->end;
        std::string mods;
        bool known = true;
        while (k < send_ && k - j < kMaxVenueNameWords && plain_article_word(k) && !at(k, Table::kNationality)) {
          const Match* m = modifier_of_class(k, "event");
          if (m && !(m->flags & (lexicon::kConj | lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL))) {
            if (!mods.empty()) mods += ' ';
            mods += r_.table(Table::kModifier).entries[m->payload].extra_at(0);
            k = m->end;
          } else {
            known = false;
            ++k;
          }
        }
        if (known) {
          city_en = fill(r_.en_template("venue-of-city"), {{"city", kb(city->payload).short_label("en")},
                                                            {"modifiers", mods},
                                                            {"head", head.extra_at(0)}});
        }
      } else {
        city = nullptr;
        const uint32_t name_start = k;
        while (k < send_ && k - name_start < kMaxVenueNameWords) {
          int32_t e = -1;
          if (kb_at(k, "", &e) || at(k, Table::kNationality)) break;  // a known name is no part of it
          if (!name_token(k, k == j, false) && !plain_article_word(k)) break;
          ++k;
        }
      }
      if (k == j) return 0;
      j = k;
      if (j <= kb_end) return 0;
      Mention x = base(i, j, h, MentionKind::kPhrase);
      x.cls = head.cls;
      x.coarse = coarse(x.cls);
      x.identity = "venue:" + stems_key(i, j);
      x.label_en = std::move(city_en);
      const int32_t idx = push(std::move(x));
      if (city) push_kb(*city, city_e, idx);  // (the city stays a mention of its own, inside)
      return j;
    }
    if (j <= kb_end) return 0;
    Mention x = base(i, j, h, MentionKind::kPhrase);
    x.cls = head.cls;
    x.coarse = coarse(x.cls);
    x.identity = "venue:" + stems_key(i, j);
    if (self) x.label_en = head.extra_at(0);
    push(std::move(x));
    return j;
  }

  /// البرنامج الوطني للحياد الصفري، الحملة الوطنية للتطعيم: a head of
  /// initiatives.tsv named by a purpose, with the article, one adjective of
  /// bodies or more, then a purpose topics.tsv knows (the mention's topic;
  /// English from src/entities/english.cpp); the end, or 0.
  uint32_t purposed_initiative(uint32_t i, const Match& h, uint32_t kb_end) {
    if (!(h.flags & lexicon::kArticle) || (h.flags & (lexicon::kPrepB | lexicon::kPrepK))) return 0;
    const auto& mods = r_.table(Table::kModifier).entries;
    std::string en;
    uint32_t k = h.end;
    while (const Match* m = modifier_of_class(k, kBodyAdjectiveClass)) {
      if (m->flags & (lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL | lexicon::kConj)) break;
      en = mods[m->payload].extra_at(0) + (en.empty() ? "" : " ") + en;
      k = m->end;
    }
    if (en.empty()) return 0;
    const uint32_t end = listed_purpose_end(k);
    if (end == k || kb_end >= end) return 0;
    Mention x = base(i, end, &h, MentionKind::kPhrase);
    x.cls = r_.table(Table::kInitiativeHead).entries[h.payload].cls;
    x.coarse = coarse(x.cls);
    x.identity = "initiative:" + stems_key(i, end);
    x.label_en = en + ' ' + r_.table(Table::kInitiativeHead).entries[h.payload].extra_at(0);
    x.topic = k;
    push(std::move(x));
    return end;
  }

  uint32_t initiative_phrase(uint32_t i, uint32_t kb_end) {
    const Match* h = at(i, Table::kInitiativeHead);
    // مبادرة "ادرس في الأردن"، حملة "معا نزرع": a name in quotes after a head
    // of column quoted (in the construct state), whatever its words
    if (h && !(h->flags & lexicon::kArticle) && punct_is(h->end, "quote") &&
        r_.table(Table::kInitiativeHead).entries[h->payload].extra_at(2) == kQuotedNamed) {
      Complement q = quoted_org_at(i, *h, r_.table(Table::kInitiativeHead).entries[h->payload].cls);
      if (q.ok() && q.mentions.front().kind == MentionKind::kPhrase && q.end > kb_end) {
        Mention& x = q.mentions.front();
        x.identity = "initiative:" + stems_key(x.label_begin, x.label_end);
        push(std::move(x));
        return q.end;
      }
    }
    if (h && r_.table(Table::kInitiativeHead).entries[h->payload].extra_at(1) == kPurposeNamed) {
      return purposed_initiative(i, *h, kb_end);
    }
    // a named initiative is a construct (مبادرة الحزام ...): the head has no article
    if (!h || (h->flags & lexicon::kArticle) ||
        r_.clitics().dictionary_stem(doc_.key(i)).size() != doc_.key(i).size()) {
      return 0;
    }
    uint32_t j = h->end;
    uint32_t words = 0;
    while (j < send_ && words < kMaxInitiativeWords && is_word(j)) {
      if (any_at(j, {Table::kTitle, Table::kTrigger, Table::kFunction, Table::kStop, Table::kDate,
                     Table::kEventHead, Table::kDocHead, Table::kOrgHead, Table::kInitiativeHead,
                     Table::kParticipants})) {
        break;
      }
      bool conj = false;
      for (uint32_t m = s_.first[j]; m < s_.first[j + 1]; ++m) conj |= (s_.matches[m].flags & lexicon::kConj) != 0;
      if (words == 0 && conj) break;
      ++j;
      ++words;
    }
    if (words == 0 || j <= kb_end) return 0;
    Mention x = base(i, j, h, MentionKind::kPhrase);
    x.cls = r_.table(Table::kInitiativeHead).entries[h->payload].cls;
    x.coarse = coarse(x.cls);
    x.identity = "initiative:" + stems_key(i, j);
    push(std::move(x));
    return j;
  }

  const Recognizer& owner_;
  const lexicon::Resources& r_;
  const text::Document& doc_;
  Recognizer::Scratch& s_;
  std::vector<Mention>& out_;
  int depth_ = 0;  ///< nesting of a session's event phrase
  // org_backref_at: first words of the organisations named so far, and how
  // far out_ has been read for them (a cache; the answer does not change)
  mutable size_t org_scan_ = 0;
  mutable std::vector<std::tuple<size_t, std::string_view, int32_t>> org_first_words_;
  /// org_first_words_: an organisation phrase the knowledge base does not know.
  static constexpr int32_t kNoKbOrg = -2;
  // home_state(), as read in the sentence that ends at home_state_send_
  static constexpr int32_t kUnread = -2;
  mutable int32_t home_state_ = kUnread;
  mutable uint32_t home_state_send_ = 0;
  uint32_t send_ = 0;  ///< end token of the current sentence
};

}  // namespace

Recognizer::Recognizer(const lexicon::Resources& resources) : r_(&resources) {
  for (const auto& e : r_->kb().entities()) {
    if (r_->coarse_of(e.cls) != "Person") continue;
    for (const auto& l : e.labels) {
      std::string first = l.text.substr(0, l.text.find(' '));
      given_names_.insert(r_->tokenizer().folder().key(first));
      given_names_written_.insert(first);
    }
  }
  // surnames: the last word of a person's Arabic label of two words or more
  const auto& entities = r_->kb().entities();
  for (size_t i = 0; i < entities.size(); ++i) {
    const auto& e = entities[i];
    if (r_->coarse_of(e.cls) != "Person") continue;
    for (const auto& l : e.labels) {
      if (l.lang != "ar") continue;
      const size_t space = l.text.rfind(' ');
      if (space == std::string::npos) continue;
      std::string last = r_->tokenizer().folder().key(l.text.substr(space + 1));
      if (last.size() < kMinSurnameBytes) continue;
      auto [it, added] = surnames_.emplace(last, static_cast<int32_t>(i));
      if (!added && it->second != static_cast<int32_t>(i)) it->second = -1;
    }
  }
  // a word also found inside someone's name (منصور in عبدربه منصور هادي)
  // is a given or middle name too: not a surname alone
  for (const auto& e : entities) {
    if (r_->coarse_of(e.cls) != "Person") continue;
    for (const auto& l : e.labels) {
      if (l.lang != "ar") continue;
      size_t start = 0;
      for (size_t space = l.text.find(' '); space != std::string::npos; space = l.text.find(' ', start)) {
        auto it = surnames_.find(r_->tokenizer().folder().key(l.text.substr(start, space - start)));
        if (it != surnames_.end()) it->second = -1;
        start = space + 1;
      }
    }
  }
}

Status Recognizer::load_given_names(const std::string& path) {
  auto list = lexicon::load_word_list(path);
  if (!list.ok()) return list.status();
  for (const auto& e : list.value()) {
    given_names_.insert(r_->tokenizer().folder().key(e.surface));
    given_names_written_.insert(e.surface);
  }
  return {};
}

std::string Recognizer::slice(const text::Document& doc, uint32_t begin, uint32_t end, uint32_t skip) {
  if (begin >= end) return {};
  uint32_t b = doc.tokens()[begin].begin + skip;
  uint32_t e = doc.tokens()[end - 1].end;
  if (b > e) b = e;
  std::string label(doc.slice(b, e));
  std::replace(label.begin(), label.end(), '_', ' ');  // a hashtag's words (عمر_البشير)
  return label;
}

void Recognizer::recognize(const text::Document& doc, Scratch& scratch, std::vector<Mention>& out) const {
  out.clear();
  r_->matcher().match(doc, scratch.match, scratch.matches);
  // a word for a kind of body names one only in the construct state, before
  // the name: with the article or a preposition it is no list's word
  // (الجامعة stays the Arab League named again)
  std::erase_if(scratch.matches, [](const Match& m) {
    return m.table == Table::kBodyWord &&
           (m.flags & (lexicon::kArticle | lexicon::kPrepB | lexicon::kPrepK | lexicon::kPrepL));
  });
  const auto n = static_cast<uint32_t>(doc.tokens().size());
  scratch.first.assign(n + 1, 0);
  scratch.tables.assign(n + 1, 0);
  uint32_t k = 0;
  for (uint32_t i = 0; i <= n; ++i) {
    while (k < scratch.matches.size() && scratch.matches[k].begin < i) ++k;
    scratch.first[i] = k;
  }
  static_assert(lexicon::kTableCount <= 32, "one bit per table");
  for (const auto& m : scratch.matches) scratch.tables[m.begin] |= 1u << static_cast<uint32_t>(m.table);
  // Entities the article names anywhere (context for ambiguous labels).
  scratch.named.clear();
  for (const auto& m : scratch.matches) {
    if (m.table == Table::kName || m.table == Table::kNationality) scratch.named.push_back(m.payload);
  }
  std::sort(scratch.named.begin(), scratch.named.end());
  Run run(*this, *r_, doc, scratch, out);
  run.all();
}

}  // namespace khabar::mentions
