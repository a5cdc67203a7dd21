// The plain data model passed between pipeline stages.
//
// A Document owns the UTF-8 text of one article. Everything the stages find
// in it (story regions, tokens, sentences, mentions, events) refers back to
// that text with half-open byte spans [begin, end), so that
// `text.substr(begin, end - begin)` is always the surface form the stage saw.
// That invariant is what makes every node and edge traceable to the words
// that support it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

/// A half-open byte range [begin, end) into Document::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

enum class EntityType { person, country, office, organization, location };

/// "person", "country", ... as used in ids and JSON.
std::string_view to_string(EntityType type);
/// Inverse of to_string; std::nullopt for an unknown name.
std::optional<EntityType> entity_type_from_string(std::string_view name);

enum class TokenKind {
  word,         ///< letters, digits, inner apostrophes/hyphens/periods ("U.S.", "al-Sisi", "Xi's" is word + possessive)
  number,       ///< starts with a digit
  possessive,   ///< "'s" / "’s" / a lone trailing apostrophe after a plural
  open_quote,   ///< “ « ‘ or a straight quote that opens
  close_quote,  ///< ” » ’ or a straight quote that closes
  punct,        ///< any other punctuation, dashes included
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::word;
  bool capitalized = false;  ///< first letter is upper case (or title case)
  bool all_caps = false;     ///< two or more letters, none lower case ("US", "NATO")
};

struct Sentence {
  Span span;
  std::uint32_t first_token = 0;  ///< index into Document::tokens
  std::uint32_t end_token = 0;    ///< one past the last token
};

/// What kind of words a mention is; it matters for resolution (a demonym
/// names a country but is not a full name) and for relation rules.
enum class MentionForm {
  name,      ///< a proper name or one of its aliases ("Ryosei Akazawa", "Akazawa", "U.S.")
  demonym,   ///< "Japanese", "Emirati"
  capital,   ///< a capital standing for its government ("Tokyo’s chief negotiator")
  title,     ///< an office title ("Treasury Secretary")
};

/// A stretch of text that names an entity. `entity` is set by the resolve
/// stage: an index into Document::entities.
struct Mention {
  Span span;
  EntityType type = EntityType::person;
  MentionForm form = MentionForm::name;
  std::string key;  ///< recognizer's lookup key: ISO code, canonical org/office name, or the name itself
  bool weak = false;  ///< a person candidate with no direct evidence: kept only if resolve finds support
  int entity = -1;
};

/// One entity of a document, after resolution. `id` is deterministic
/// (type + normalized canonical name, ISO alpha-2 for countries), so the
/// same entity in two documents gets the same id and merges by id.
struct Entity {
  std::string id;
  EntityType type = EntityType::person;
  std::string label;                              ///< fullest name seen
  std::vector<std::string> aliases;               ///< other surface forms, sorted, unique
  std::map<std::string, std::string> attributes;  ///< e.g. {"country": "country:JP"}
  std::vector<Span> mentions;                     ///< sorted
};

/// A typed, evidenced edge between two entities of one document
/// (holds_office, office_of, affiliated_with, met, statement...).
struct Relation {
  std::string type;
  std::string source;  ///< entity id
  std::string target;  ///< entity id
  std::map<std::string, std::string> attributes;
  std::vector<Span> evidence;
};

/// What resolve's coreference says a word stands for, where the word names
/// no one itself. Relate reads these and resolves nothing on its own.
enum class ReferenceKind : std::uint8_t {
  pronoun,  ///< a person pronoun ("he", "she"): its person
  focus,    ///< at a trigger word: the person the text is about there
  pair,     ///< a group word ("they", "the two leaders") or a trigger word: the two people it means
  holder,   ///< an office title ("the Prime Minister"): the person holding it
  leader,   ///< a country with a leader noun ("the Chinese leader"): that country's person
  body,     ///< "the ministry": the organization of that kind named before
  subject,  ///< where a sentence's actor is written: who the sentence is about
  object,   ///< a person object pronoun ("received him"): the person named before, other than the subject
};

struct Reference {
  std::uint32_t token = 0;  ///< the first token of the words
  ReferenceKind kind = ReferenceKind::pronoun;
  std::vector<int> entities;  ///< indexes into Document::entities
};

/// An office held by a person, as resolve reads it from a title ("US
/// Treasury Secretary Scott Bessent"). Relate makes the edges holds_office,
/// office_of and affiliated_with of it.
struct OfficeHolding {
  int holder = -1;    ///< person entity index
  int office = -1;    ///< office entity index
  std::string owner;  ///< id of the country or organization whose office it is; empty when the text leaves it open
  std::string country;  ///< id of the country the holder acts for by it: the owner, or a government body's country; may be empty
  Span evidence;      ///< the sentence
};

/// Whom a person acts for where no title says it: "Japan's Akazawa", "X,
/// the former Chadian dictator", "his wife Y", or a person the lexicon knows.
struct Affiliation {
  int person = -1;    ///< entity index
  std::string owner;  ///< country id
  Span evidence;
};

enum class MeetingStatus { held, planned, cancelled };
enum class MeetingMode { unknown, in_person, call };
std::string_view to_string(MeetingStatus status);
std::string_view to_string(MeetingMode mode);

struct Meeting {
  std::vector<std::string> participants;        ///< entity ids, sorted
  std::vector<std::vector<std::string>> sides;  ///< empty when the text gives no sides
  MeetingStatus status = MeetingStatus::held;
  MeetingMode mode = MeetingMode::unknown;
  std::string location;  ///< entity id or empty
  std::string date;      ///< ISO date, or the words of the text, or empty
  std::vector<Span> evidence;
};

enum class StatementKind { direct, indirect };
std::string_view to_string(StatementKind kind);

struct Statement {
  std::string speaker;  ///< entity id
  StatementKind kind = StatementKind::direct;
  std::string text;                ///< quoted words (parts joined by a space) or the reported clause
  std::vector<std::string> about;  ///< entity ids
  std::string medium;              ///< entity id or free words ("reporters"), may be empty
  std::vector<Span> evidence;
};

/// One article and everything the pipeline learns about it.
struct Document {
  // --- read ---
  std::string id;      ///< file stem or the record's id
  std::string source;  ///< path or URL
  std::string title;   ///< may be empty
  std::string date;    ///< ISO date if known (metadata or a date line), else empty
  std::string sha256;  ///< of `text`
  std::string text;    ///< UTF-8, as read (after decoding); every span indexes this
  /// "as_read" when `text` is the input's own text (a .txt file, a JSON Lines
  /// record's "text"), "extracted" when it was extracted from markup (HTML):
  /// byte offsets then refer to the extracted text, not to the page.
  std::string text_origin = "as_read";
  /// A JSON Lines record's extra fields, name -> the value as compact JSON text.
  std::map<std::string, std::string> meta;
  /// Problems that did not stop the document ("invalid UTF-8 at byte 12 ..."); one about a
  /// line starts with its number and a colon ("40: a sentence longer ..."), see warning_message().
  std::vector<std::string> warnings;

  // --- clean ---
  std::vector<Span> story;  ///< regions that are story text (boilerplate removed), sorted

  // --- segment ---
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // --- recognize / resolve ---
  std::vector<Mention> mentions;  ///< sorted by span
  std::vector<Entity> entities;
  std::vector<OfficeHolding> holdings;    ///< in text order of their titles
  std::vector<Affiliation> affiliations;  ///< in the order they were found
  std::vector<Reference> references;      ///< sorted by token, then kind

  // --- relate ---
  std::vector<Relation> relations;
  std::vector<Meeting> meetings;
  std::vector<Statement> statements;

  std::string_view slice(Span span) const {
    return std::string_view(text).substr(span.begin, span.end - span.begin);
  }
};

}  // namespace newsgraph
