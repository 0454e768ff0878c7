// Stage 1: tokens, sentences and language of an article's text.
#include <algorithm>
#include <array>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

// DecodeUtf8 with the ASCII case answered inline (the tokeniser reads every
// character). REQUIRES: *pos < s.size().
inline char32_t NextChar(std::string_view s, size_t* pos) {
  auto b = static_cast<unsigned char>(s[*pos]);
  if (b < 0x80) {
    ++*pos;
    return b;
  }
  return DecodeUtf8(s, pos);
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0x00A0 ||
         c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x2002 || c == 0x2003 || c == 0x200B ||
         c == 0x3000 || c == 0xFEFF;
}
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char32_t c) { return IsDigit(c) || IsLetterCodePoint(c) || (c >= 0x300 && c <= 0x36F); }
// IsWordChar for an ASCII byte (false for every byte of a multi-byte sequence).
inline bool IsAsciiAlnum(char b) {
  auto c = static_cast<unsigned char>(b);
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

char32_t PeekAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  return NextChar(s, &i);
}

// French elided prefixes split off a word ("l'", "qu'", "jusqu'").
bool IsElision(std::string_view lower_prefix) {
  static constexpr std::string_view kElided[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
                                                 "quoiqu", "presqu"};
  for (std::string_view e : kElided)
    if (lower_prefix == e) return true;
  return false;
}

const char* kInvertedSuffixes[] = {"-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles"};

// Character classes of PlainWord: an ASCII digit, lower-case or upper-case
// letter (0 for other bytes), and a Latin-1 letter (two bytes).
enum : uint8_t { kClassDigit = 1, kClassLower = 2, kClassUpper = 4, kClassLatin = 8 };
constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = kClassDigit;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = kClassLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = kClassUpper;
  return t;
}();

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* out) : s_(text), out_(out) {}

  void Run() {
    size_t i = 0;
    uint16_t pending = 0;
    int newlines = 0;
    while (i < s_.size()) {
      size_t at = i;
      // An ASCII letter or digit (most tokens start with one) is no space.
      const auto first = static_cast<unsigned char>(s_[i]);
      const bool alnum = kAsciiClass[first] != 0;
      char32_t c = alnum ? (++i, first) : NextChar(s_, &i);
      if (!alnum && IsSpace(c)) {
        pending |= kSpaceBefore;
        if (c == '\n') ++newlines;
        continue;
      }
      if (newlines >= 1) pending |= kNewlineBefore;
      if (newlines >= 2) pending |= kParagraphBefore;
      newlines = 0;
      if (alnum || IsWordChar(c)) {
        size_t end = PlainWord(at, pending);
        i = end != 0 ? end : Word(at, pending);
      } else {
        uint16_t f = kPunct;
        if (c == 0x00AB || c == 0x201C || c == 0x201E || c == 0x2039) f |= kQuoteOpen;
        else if (c == 0x00BB || c == 0x201D || c == 0x203A) f |= kQuoteClose;
        else if (c == '"') f |= kQuoteOpen | kQuoteClose;  // decided by the sentence splitter
        if (c < 0x80) {
          // One ASCII character: its own lower-case key (no letter here).
          Token& t = out_->emplace_back();
          t.start = static_cast<uint32_t>(at);
          t.end = static_cast<uint32_t>(i);
          t.flags = f | pending;
          t.lower.assign(1, static_cast<char>(c));
        } else {
          Push(at, i, f | pending);
        }
      }
      pending = 0;
    }
  }

 private:
  void Push(size_t b, size_t e, uint16_t flags) {
    Token& t = out_->emplace_back();
    t.start = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.flags = flags;
    // LowerKey, with ASCII and Latin-1 letters (lead byte 0xC3: most words)
    // lowered in place by LowerKey's own rules; LowerKey for other words.
    std::string_view w = s_.substr(b, e - b);
    t.lower.assign(w);
    char* o = t.lower.data();
    for (size_t k = 0; k < w.size(); ++k) {
      auto c = static_cast<unsigned char>(o[k]);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') o[k] = static_cast<char>(c + 32);
        continue;
      }
      if (c == 0xC3 && k + 1 < w.size() && (static_cast<unsigned char>(o[k + 1]) & 0xC0) == 0x80) {
        // U+00C0..U+00DE but U+00D7 lower to the code point 0x20 above.
        auto d = static_cast<unsigned char>(o[k + 1]);
        if (d <= 0x9E && d != 0x97) o[k + 1] = static_cast<char>(d + 0x20);
        ++k;
        continue;
      }
      t.lower = LowerKey(w);
      return;
    }
  }

  // Word(b, pending) for the common word: ASCII letters and digits and
  // Latin-1 letters (U+00C0..U+00FF but the signs U+00D7 and U+00F7)
  // only, ended by the end of the text or an ASCII byte that cannot join
  // words: not '-', '\'' or '/'; not ',' after a number ("5,14"); not '.'
  // before a word character ("U.S", "3.5"). Such a word needs no splitting
  // and its flags come from the same scan; a period after it is its own
  // when Word would keep it (an initial, a listed abbreviation). Returns
  // the offset after the word, or 0 (nothing pushed) when the word is not
  // of that kind.
  size_t PlainWord(size_t b, uint16_t pending) {
    const auto* p = reinterpret_cast<const unsigned char*>(s_.data());
    const size_t n = s_.size();
    // The class of a Latin-1 letter at i (lead byte 0xC3, but × and ÷), or
    // 0 for any other non-ASCII character (the general scan takes it).
    auto latin = [&](size_t i) -> uint8_t {
      if (p[i] != 0xC3 || i + 1 >= n || (p[i + 1] & 0xC0) != 0x80 || p[i + 1] == 0x97 || p[i + 1] == 0xB7) return 0;
      return p[i + 1] <= 0x9E ? kClassUpper | kClassLatin : kClassLower | kClassLatin;
    };
    // The first character's class alone; the classes of the characters
    // after it, OR-ed.
    size_t i = b;
    uint8_t first = kAsciiClass[p[i]];
    if (first == 0) {
      if (p[i] < 0x80 || (first = latin(i)) == 0) return 0;
      ++i;
    }
    ++i;
    uint8_t seen = 0;
    while (i < n) {
      unsigned char c = p[i];
      uint8_t k = kAsciiClass[c];
      if (k == 0) {
        if (c < 0x80) break;
        if ((k = latin(i)) == 0) return 0;
        ++i;
      }
      seen |= k;
      ++i;
    }
    bool period = false;  // a period follows that may end an abbreviation
    if (i < n) {
      unsigned char c = p[i];
      if (c == '-' || c == '\'' || c == '/' || (c == ',' && (first & kClassDigit))) return 0;
      if (c == '.') {
        if (i + 1 < n && (p[i + 1] >= 0x80 || kAsciiClass[p[i + 1]] != 0)) return 0;
        period = true;
      }
    }
    // WordFlags: kNumber, kCap, kAllCaps (two or more letters, none lower).
    uint16_t f = kWord;
    if (first & kClassDigit) f |= kNumber;
    if (first & kClassUpper) {
      f |= kCap;
      if (!(seen & kClassLower) && (seen & kClassUpper)) f |= kAllCaps;
    }
    Token& t = out_->emplace_back();
    t.start = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(i);
    t.flags = f | pending;
    // LowerKey's rules for these letters: only a word with a capital
    // letter needs a pass.
    t.lower.assign(s_.data() + b, i - b);
    if ((seen | first) & kClassUpper) {
      char* o = t.lower.data();
      const size_t len = i - b;
      for (size_t k = 0; k < len; ++k) {
        auto c = static_cast<unsigned char>(o[k]);
        if (static_cast<unsigned>(c - 'A') < 26u) {
          o[k] = static_cast<char>(c + 32);
        } else if (c == 0xC3) {
          // U+00C0..U+00DE (× excluded above) lower to the code point 0x20 above.
          auto d = static_cast<unsigned char>(o[k + 1]);
          if (d <= 0x9E) o[k + 1] = static_cast<char>(d + 0x20);
          ++k;
        }
      }
    }
    // Word's trailing period: kept by an initial (one capital letter: no
    // character after the first) or a listed abbreviation ("m.", "dr.").
    if (period) {
      t.lower.push_back('.');
      if (((first & kClassUpper) && seen == 0) || Lexicon::Get().abbreviations.count(t.lower)) {
        t.end = static_cast<uint32_t>(i + 1);
        return i + 1;
      }
      t.lower.pop_back();
    }
    return i;
  }

  // Scans a word from b; returns the offset after it. Words keep internal
  // hyphens, apostrophes and periods between letters ("Maison-Blanche",
  // "aujourd'hui", "J.D.") and slashes between digits ("5/14"), then French
  // elisions and inverted pronouns are split off.
  size_t Word(size_t b, uint16_t pending) {
    size_t i = b;
    while (i < s_.size()) {
      // Runs of ASCII letters and digits, the bulk of a word, without decoding.
      if (IsAsciiAlnum(s_[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      char32_t c = NextChar(s_, &j);
      if (IsWordChar(c)) {
        i = j;
        continue;
      }
      if ((IsHyphen(c) || IsApostrophe(c) || c == '.' || c == '/' || (c == ',' && IsDigit(PeekAt(s_, b)))) &&
          j < s_.size()) {
        char32_t n = PeekAt(s_, j);
        bool ok = IsWordChar(n);
        // "5/14", "2/3": a number with a slash is one word (resolution numbers, fractions).
        if (c == '/' && !(IsDigit(n) && IsDigit(LastChar(b, i)))) ok = false;
        if (c == '.' && ok) ok = !IsLetterCodePoint(n) || !IsLetterCodePoint(LastChar(b, i)) || SingleLetterBefore(b, i);
        if (c == ',' && !(IsDigit(n) && IsDigit(LastChar(b, i)))) ok = false;
        if (ok) {
          i = j;
          continue;
        }
      }
      break;
    }
    // A trailing period belongs to an abbreviation or an initial ("M.", "J.").
    size_t end = i;
    if (end < s_.size() && s_[end] == '.') {
      std::string w = LowerKey(s_.substr(b, end - b + 1));
      const Lexicon& lex = Lexicon::Get();
      bool initial = IsUpperCodePoint(PeekAt(s_, b)) && CharCount(b, end) == 1;
      bool dotted = std::count(w.begin(), w.end(), '.') >= 2;  // "J.D.", "U.S."
      if (initial || dotted || lex.abbreviations.count(w)) end += 1;
    }
    Split(b, end, pending);
    return end;
  }

  // Offset of the first byte of the last character of [b, e). REQUIRES: e > b.
  size_t LastCharStart(size_t b, size_t e) const {
    size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s_[k]) & 0xC0) == 0x80) --k;
    return k;
  }
  char32_t LastChar(size_t b, size_t e) const { return e > b ? PeekAt(s_, LastCharStart(b, e)) : 0; }
  // True when the character before `e` is a single letter: at b or after a period ("J.D").
  bool SingleLetterBefore(size_t b, size_t e) const {
    if (e <= b) return false;
    size_t k = LastCharStart(b, e);
    return k == b || s_[k - 1] == '.';
  }
  size_t CharCount(size_t b, size_t e) const {
    size_t n = 0;
    for (size_t k = b; k < e; ++k)
      if ((static_cast<unsigned char>(s_[k]) & 0xC0) != 0x80) ++n;
    return n;
  }

  void Split(size_t b, size_t e, uint16_t pending) {
    std::string_view w = s_.substr(b, e - b);
    // Fast path: no apostrophe (' or U+2018/2019/02BC) and no hyphen, nothing to split.
    // (One pass over the bytes: find_first_of would call memchr per byte.)
    bool plain = true;
    for (char c : w)
      if (c == '\'' || c == '-' || c == '\xE2' || c == '\xCA') {
        plain = false;
        break;
      }
    if (plain) {
      Push(b, e, WordFlags(b, e) | pending);
      return;
    }
    // French elision: l'Ukraine -> l' + Ukraine; "déclaréqu'il" -> déclaré + qu' + il.
    for (size_t k = 0; k < w.size(); ++k) {
      size_t j = k;
      char32_t c = NextChar(w, &j);
      if (!IsApostrophe(c)) continue;
      std::string prefix = LowerKey(w.substr(0, k));
      if (IsElision(prefix) && j < w.size()) {
        Push(b, b + j, WordFlags(b, b + j) | pending);
        Split(b + j, e, 0);
        return;
      }
      if (prefix.size() > 2 && prefix.compare(prefix.size() - 2, 2, "qu") == 0 && j < w.size() &&
          Lexicon::Get().reporting_verbs.count(prefix.substr(0, prefix.size() - 2))) {
        size_t qu = b + k - 2;
        Push(b, qu, WordFlags(b, qu) | pending);
        Push(qu, b + j, WordFlags(qu, b + j));
        Split(b + j, e, 0);
        return;
      }
      // English possessive: Russia's -> Russia + 's (LowerKey(rest) == "s":
      // only "s" and "S" lower to it).
      std::string_view rest = w.substr(j);
      if ((rest == "s"sv || rest == "S"sv) && k > 0) {
        Push(b, b + k, WordFlags(b, b + k) | pending);
        Push(b + k, e, kWord);
        return;
      }
    }
    // Inverted pronoun: a-t-il, déclare-t-elle, dit-il. (The suffixes start
    // with '-', which LowerKey makes only of '-', U+2010 and U+2011: lead
    // byte 0xE2.)
    bool hyphen = false;
    for (char c : w) hyphen |= c == '-' || c == '\xE2';
    if (!hyphen) {
      Push(b, e, WordFlags(b, e) | pending);
      return;
    }
    std::string lower = LowerKey(w);
    for (const char* suf : kInvertedSuffixes) {
      std::string_view sv(suf);
      if (lower.size() > sv.size() && lower.compare(lower.size() - sv.size(), sv.size(), sv) == 0) {
        size_t verb_end = e - sv.size();
        size_t pron_start = e - (sv[1] == 't' ? sv.size() - 3 : sv.size() - 1);
        Push(b, verb_end, WordFlags(b, verb_end) | pending);
        Push(pron_start, e, kWord | kInverted);
        return;
      }
    }
    Push(b, e, WordFlags(b, e) | pending);
  }

  uint16_t WordFlags(size_t b, size_t e) const {
    uint16_t f = kWord;
    // "al-Khulaifi", "el-Sisi", "ad-Din": a name behind a lower-case article
    // (all of which start with 'a' or 'e').
    if ((s_[b] == 'a' || s_[b] == 'e') && e - b > 4 && (s_[b + 2] == '-' || s_[b + 3] == '-')) {
      static constexpr std::string_view kArticles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"};
      for (std::string_view art : kArticles) {
        size_t n = art.size();
        if (e - b > n + 1 && s_.compare(b, n, art) == 0) {
          size_t j = b + n;
          if (IsUpperCodePoint(NextChar(s_, &j))) return kWord | kCap;
        }
      }
    }
    size_t i = b;
    char32_t first = NextChar(s_, &i);
    if (IsDigit(first)) f |= kNumber;
    if (IsUpperCodePoint(first)) {
      f |= kCap;
      int letters = 1;
      bool all = true;
      size_t k = i;
      while (k < e) {
        char32_t c = NextChar(s_, &k);
        if (IsLetterCodePoint(c)) {
          ++letters;
          if (!IsUpperCodePoint(c)) all = false;
        }
      }
      if (all && letters >= 2) f |= kAllCaps;
    }
    return f;
  }

  std::string_view s_;
  std::vector<Token>* out_;
};

// ".", "!", "?", "…", or a word of two or more characters ending in a
// period ("M.", "U.S."). (A word never is one of the four; any other token
// is one character.)
inline bool IsTerminal(const Token& t) {
  std::string_view l = t.lower;
  if (t.Is(kWord)) return l.size() > 1 && l.back() == '.';
  if (l.size() == 1) return l[0] == '.' || l[0] == '!' || l[0] == '?';
  return l == "…"sv;
}

bool StartsSentence(const Token& t) {
  if (t.Is(kCap) || t.Is(kNumber) || t.Is(kQuoteOpen)) return true;
  std::string_view l = t.lower;
  return l == "—"sv || l == "–"sv || l == "-"sv || l == "("sv || l == "["sv;
}

bool IsDash(const Token& t) {
  std::string_view l = t.lower;
  return l == "-"sv || l == "–"sv || l == "—"sv;
}

// The end (one past its dash) of a dispatch's dateline opening tokens
// [b, e), or b if none: an upper-case place ("ROTTERDAM", "LA HAYE") then
// a dash, either at once ("WASHINGTON —", "CAIRO (Reuters) -") or after a
// comma and a date or an agency in parentheses ("BRUXELLES, 18 novembre
// (AFP) -", "KARS (Turquie), 15 octobre (AFP) -", "JEDDAH, Saudi Arabia,
// Feb 17 (Reuters) -"), or a capitalised place and an agency ("Brussels
// (dpa) -").
uint32_t DatelineEnd(const std::vector<Token>& toks, uint32_t b, uint32_t e) {
  constexpr uint32_t kMaxDatelineTokens = 14;
  uint32_t c = b;
  while (c < e && c < b + 4 && toks[c].Is(kAllCaps)) ++c;
  if (c == b) {
    // "Brussels (dpa) -".
    if (b + 4 < e && toks[b].Is(kCap) && toks[b + 1].lower == "("sv && toks[b + 3].lower == ")"sv && IsDash(toks[b + 4]))
      return b + 5;
    return b;
  }
  // "KARS (Turquie), 15 octobre (AFP) -", "CAIRO (Reuters) -".
  if (c < e && toks[c].lower == "("sv)
    for (uint32_t j = c + 1; j < e && j < c + 5; ++j)
      if (toks[j].lower == ")"sv) {
        c = j + 1;
        break;
      }
  if (c < e && IsDash(toks[c])) return c + 2 < e ? c + 1 : b;
  if (c >= e || toks[c].lower != ","sv) return b;
  for (uint32_t j = c + 1; j < e && j < b + kMaxDatelineTokens; ++j)
    if (IsDash(toks[j])) return j + 2 < e ? j + 1 : b;
  return b;
}

// The end (one past its dash) of a live blog's time stamp opening a line
// ("9 h 40 -", "10:15 —", "9.40am AEDT —", "14h10 –"): a number, then at
// most four numbers, "h", ":", "am"/"pm" or an upper-case time zone, then a
// dash; b when the tokens [b, e) open otherwise.
// Markdown emphasis around the stamp ("**9 h 40** -") is part of it.
uint32_t TimestampEnd(const std::vector<Token>& toks, uint32_t b, uint32_t e) {
  auto emphasis = [&](uint32_t j) { return toks[j].lower == "*"sv || toks[j].lower == "_"sv; };
  uint32_t n = b;
  while (n < e && n < b + 2 && emphasis(n)) ++n;
  if (n >= e || !toks[n].Is(kNumber)) return b;
  for (uint32_t j = n + 1; j < e && j <= n + 7; ++j) {
    const Token& t = toks[j];
    if (IsDash(t)) return j + 2 < e ? j + 1 : b;
    if (!(t.Is(kNumber) || t.Is(kAllCaps) || emphasis(j) || In(t.lower, {"h", ":", "am", "pm", "a.m.", "p.m."})))
      return b;
  }
  return b;
}

void SplitSentences(Document* doc) {
  // (The token count and storage, read once: no token is added here.)
  Token* const toks = doc->tokens.data();
  const auto count = static_cast<uint32_t>(doc->tokens.size());
  const Lexicon& lex = Lexicon::Get();
  uint32_t begin = 0, paragraph = 0;
  int depth = 0;            // quotation nesting
  bool straight_open = false;
  auto push = [&](uint32_t b, uint32_t e) {
    Sentence s;
    s.begin = b;
    s.end = e;
    s.start = toks[b].start;
    s.stop = toks[e - 1].end;
    // A sentence opening a line opens a paragraph; a line wrapped inside a sentence does not.
    if (!doc->sentences.empty() && toks[b].Is(kNewlineBefore)) ++paragraph;
    s.paragraph = paragraph;
    uint32_t any = 0;
    for (uint32_t k = b; k < e; ++k) {
      toks[k].sentence = static_cast<uint32_t>(doc->sentences.size());
      any |= toks[k].lex;
    }
    s.lex = any & ((1u << Lexicon::kNameWordsShift) - 1);
    doc->sentences.push_back(s);
  };
  auto close = [&](uint32_t end) {
    if (end <= begin) return;
    // A dateline opening one of the first sentences is a sentence of its
    // own: what follows it is the first sentence of the story.
    if (doc->sentences.size() < 3 && (begin == 0 || toks[begin].Is(kNewlineBefore)))
      if (uint32_t d = DatelineEnd(doc->tokens, begin, end); d > begin && d < end) {
        push(begin, d);
        begin = d;
      }
    // So is a live blog's time stamp opening a line ("9 h 40 - À son
    // arrivée, X …"): the sentence after it opens on its own words.
    if (begin == 0 || toks[begin].Is(kNewlineBefore))
      if (uint32_t d = TimestampEnd(doc->tokens, begin, end); d > begin && d < end) {
        push(begin, d);
        begin = d;
      }
    push(begin, end);
    begin = end;
  };
  constexpr uint32_t kMaxSentenceTokens = 400;
  for (uint32_t i = 0; i < count; ++i) {
    Token& t = toks[i];
    if (i > begin && t.Is(kNewlineBefore)) {
      // A line break ends a sentence unless the text is hard-wrapped mid-sentence.
      const Token& prev = toks[i - 1];
      bool wrapped = !t.Is(kParagraphBefore) && !IsTerminal(prev) && !prev.Is(kQuoteClose) && std::string_view(prev.lower) != ":" &&
                     (t.Is(kWord) && !t.Is(kCap) && !t.Is(kNumber));
      if (!wrapped) {
        close(i);
        depth = 0;
        straight_open = false;
      }
    }
    if (t.Is(kQuoteOpen) && t.Is(kQuoteClose)) {  // straight quote: toggles
      t.flags &= static_cast<uint16_t>(~(straight_open ? kQuoteOpen : kQuoteClose));
      straight_open = !straight_open;
    }
    if (t.Is(kQuoteOpen)) ++depth;
    if (t.Is(kQuoteClose)) depth = std::max(0, depth - 1);
    if (depth > 0 && !t.Is(kQuoteOpen)) t.flags |= kInQuote;
    if (i + 1 - begin >= kMaxSentenceTokens) {
      close(i + 1);
      continue;
    }
    if (i + 1 >= count) break;
    const Token& next = toks[i + 1];
    if (t.Is(kQuoteClose) && depth == 0 && i > 0 && IsTerminal(toks[i - 1]) && StartsSentence(next) &&
        !next.Is(kNewlineBefore)) {
      close(i + 1);
      continue;
    }
    if (!IsTerminal(t) || depth > 0) continue;
    if (t.Is(kWord)) {
      // An abbreviation ends a sentence only before a capitalised function word.
      bool title = lex.titles.count(doc->TokenText(i)) > 0;
      bool initial = t.lower.size() == 2 || (t.Is(kCap) && std::count(t.lower.begin(), t.lower.end(), '.') >= 2 &&
                                             next.Is(kCap) && !IsStopToken(lex, next));
      if (title || initial || !(next.Is(kCap) && IsStopToken(lex, next))) continue;
    }
    if (StartsSentence(next) || next.Is(kNewlineBefore)) close(i + 1);
  }
  close(count);
}

}  // namespace

namespace {

// Words DetectLanguage reads (the first ones of the text).
constexpr size_t kLanguageWords = 5000;

// Counts a word (its lexicon flags `lex`) for DetectLanguage: *words, and
// *fr or *en for a stop word of that language.
inline void CountLanguageWord(uint32_t lex, size_t* fr, size_t* en, size_t* words) {
  ++*words;
  if (lex & Lexicon::kStop) ++*((lex & Lexicon::kStopFr) ? fr : en);
}

// DetectLanguage's answer from its counts.
std::string LanguageOf(size_t fr, size_t en, size_t words) {
  if (words == 0) return "other";
  size_t best = std::max(fr, en);
  // News prose has well over 15% function words; other languages share few of ours.
  if (best * 100 < words * 12 && !(words < 12 && best > 0)) return "other";
  return fr >= en ? "fr" : "en";
}

}  // namespace

std::string DetectLanguage(const std::vector<Token>& tokens) {
  size_t fr = 0, en = 0, words = 0;
  for (size_t i = 0; i < tokens.size() && words < kLanguageWords; ++i)
    if (tokens[i].Is(kWord)) CountLanguageWord(tokens[i].lex, &fr, &en, &words);
  return LanguageOf(fr, en, words);
}

void Analyze(std::string_view text, std::string_view lang, Document* doc) {
  doc->text = text;
  doc->tokens.clear();
  doc->sentences.clear();
  doc->tokens.reserve(text.size() / 5 + 1);
  Tokenizer(text, &doc->tokens).Run();
  const Lexicon& lex = Lexicon::Get();
  // Every word's lexicon flags: the table probes are prefetched kAhead words
  // ahead, so that their cache misses overlap instead of following one another.
  constexpr size_t kAhead = 8;
  struct Pending {
    Token* token;
    uint64_t hash;
  };
  Pending ring[kAhead];
  size_t queued = 0;
  // DetectLanguage's counts, taken as the words' flags are set (in text order).
  size_t fr = 0, en = 0, words = 0;
  auto set = [&](const Pending& p) {
    uint32_t flags = lex.FlagsOf(p.token->lower, p.hash);
    p.token->lex = flags;
    if (words < kLanguageWords) CountLanguageWord(flags, &fr, &en, &words);
  };
  for (auto& t : doc->tokens) {
    if (!t.Is(kWord)) continue;
    Pending& p = ring[queued % kAhead];
    if (queued >= kAhead) set(p);
    p = Pending{&t, Lexicon::WordHash(t.lower)};
    lex.PrefetchFlags(p.hash);
    ++queued;
  }
  for (size_t k = queued > kAhead ? queued - kAhead : 0; k < queued; ++k) set(ring[k % kAhead]);
  doc->lang = lang.empty() ? LanguageOf(fr, en, words) : std::string(lang);
  doc->fr = doc->lang == "fr";
  doc->en = doc->lang == "en";
  SplitSentences(doc);
  doc->mention_of_token.assign(doc->tokens.size(), -1);
}

std::string Document::Span(uint32_t b, uint32_t e) const {
  std::string out;
  e = static_cast<uint32_t>(std::min<size_t>(e, tokens.size()));
  if (b >= e) return out;
  // At most the bytes from the first token's start to the last one's end
  // (white space runs become one space).
  out.reserve(tokens[e - 1].end - tokens[b].start);
  // Tokens are copied in runs of source text: a token joins the run of the
  // one before when nothing lies between them (and no space is written), or
  // one ASCII space (the space written). Else the run is written, then a
  // space when the token has one before it. (Typographic apostrophes inside
  // names are kept as written; the bytes an inverted pronoun's split
  // leaves between two tokens, "-t-" or "-", are not.)
  uint32_t run = tokens[b].start, run_end = tokens[b].end;
  for (uint32_t i = b + 1; i < e; ++i) {
    const Token& t = tokens[i];
    const bool space = t.Is(kSpaceBefore);
    if (space ? t.start != run_end + 1 || text[run_end] != ' ' : t.start != run_end) {
      out.append(text.data() + run, run_end - run);
      if (space) out.push_back(' ');
      run = t.start;
    }
    run_end = t.end;
  }
  out.append(text.data() + run, run_end - run);
  return out;
}

}  // namespace kg::ingest
