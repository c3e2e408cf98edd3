#include "store/repositories/cairn_schema.h"

#include <array>

namespace cairn::store {
namespace {

// Identifiers are application-made random text; times are RFC 3339 UTC text; booleans are
// integers 0/1 (the types both engines share).
constexpr std::string_view kAccounts = R"sql(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT,
  platform_admin INTEGER NOT NULL DEFAULT 0 CHECK (platform_admin IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  secret_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT,
  last_used_at TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
)sql";

constexpr std::string_view kOrganisations = R"sql(
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  url TEXT,
  email TEXT,
  description TEXT,
  did TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE memberships (
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  user_id TEXT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'assessor', 'viewer')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);
CREATE TABLE issuer_key_files (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations (id),
  sealed_key_file TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
)sql";

// An achievement is a row plus immutable versions; `definition` is the JSON form of
// app/achievement_definition.h. The organisation's country is the EU micro-credential element
// "country of the issuer".
constexpr std::string_view kAchievements = R"sql(
ALTER TABLE organisations ADD COLUMN country TEXT;
CREATE TABLE achievements (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  current_version INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX achievements_by_organisation ON achievements (organisation_id, created_at, id);
CREATE TABLE achievement_versions (
  achievement_id TEXT NOT NULL REFERENCES achievements (id),
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (achievement_id, version)
);
)sql";

// Status lists: each list publishes a revocation bitstring (the purpose column leaves room for
// others); positions are handed out in order (next_position) and mapped to indexes by a per-list
// permutation (index = (position * multiplier + offset) mod size, multiplier odd, size a power of
// two), so an index says nothing about when a credential was issued. Each status change of a
// credential on the list adds one to `revision` (and sets changed_at); the signed list documents
// are cached with the revision they show. Credentials: the signed document as issued (JSON or
// compact JWT), never rewritten; status changes are columns beside it. The recipient is kept as the
// issuer gave it (e-mail, DID or URL), for the claim and the wallet; the credential itself carries
// only the salted hash of an e-mail address.
constexpr std::string_view kCredentials = R"sql(
CREATE TABLE status_lists (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  size INTEGER NOT NULL,
  next_position INTEGER NOT NULL,
  multiplier INTEGER NOT NULL,
  index_offset INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX status_lists_by_organisation ON status_lists (organisation_id, created_at);
CREATE TABLE status_list_documents (
  status_list_id TEXT NOT NULL REFERENCES status_lists (id),
  purpose TEXT NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
  revision INTEGER NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (status_list_id, purpose)
);
CREATE TABLE credentials (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  achievement_id TEXT NOT NULL REFERENCES achievements (id),
  achievement_version INTEGER NOT NULL,
  recipient_type TEXT NOT NULL CHECK (recipient_type IN ('email', 'did', 'url')),
  recipient TEXT NOT NULL,
  recipient_name TEXT,
  status_list_id TEXT NOT NULL REFERENCES status_lists (id),
  status_index INTEGER NOT NULL,
  format TEXT NOT NULL,
  document TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  valid_until TEXT,
  issued_by TEXT NOT NULL REFERENCES users (id),
  revoked_at TEXT,
  revocation_reason TEXT,
  suspended_at TEXT,
  suspension_reason TEXT,
  claim_state TEXT NOT NULL DEFAULT 'pending'
    CHECK (claim_state IN ('pending', 'accepted', 'declined')),
  UNIQUE (status_list_id, status_index)
);
CREATE INDEX credentials_by_organisation ON credentials (organisation_id, issued_at);
CREATE INDEX credentials_by_recipient ON credentials (recipient);
CREATE INDEX credentials_by_achievement ON credentials (achievement_id, recipient);
)sql";

// Jobs: long work (bulk awards) done by whichever process holds the job's lease; each row keeps
// its own state, written in the same transaction as what it issued, so a job interrupted at any
// point resumes with exactly the rows not yet done. (organisation, idempotency key) is unique:
// an upload sent twice makes one job. request_hash tells a retry from a different upload reusing
// a key.
constexpr std::string_view kJobs = R"sql(
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  kind TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  duplicate_policy TEXT NOT NULL CHECK (duplicate_policy IN ('deny', 'allow', 'replace')),
  idempotency_key TEXT,
  request_hash TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  total INTEGER NOT NULL,
  issued INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  lease_owner TEXT,
  lease_until TEXT,
  UNIQUE (organisation_id, idempotency_key)
);
CREATE INDEX jobs_by_state ON jobs (state, created_at);
CREATE TABLE job_rows (
  job_id TEXT NOT NULL REFERENCES jobs (id),
  row_number INTEGER NOT NULL,
  line INTEGER NOT NULL,
  achievement_id TEXT NOT NULL,
  request TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'issued', 'failed')),
  credential_id TEXT,
  error TEXT,
  PRIMARY KEY (job_id, row_number)
);
CREATE INDEX job_rows_by_state ON job_rows (job_id, state, row_number);
)sql";

// Claims and outgoing mail: an e-mail recipient gets a claim link whose token is stored only as
// its SHA-256; mail waits in the outbox, written in the same transaction as what caused it, and
// is sent (and retried) by the outbox runner.
constexpr std::string_view kClaimsAndMail = R"sql(
ALTER TABLE credentials ADD COLUMN claim_token_hash TEXT;
CREATE UNIQUE INDEX credentials_by_claim_token ON credentials (claim_token_hash);
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
)sql";

// Browser sessions: the cookie's secret is stored only as SHA-256 (the id); the CSRF token is
// sent to the page that signed in. Failed sign-ins are kept per e-mail address (known or not) for
// the sign-in throttle.
constexpr std::string_view kSessions = R"sql(
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE TABLE sign_in_failures (
  email TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_email ON sign_in_failures (email, at);
)sql";

// The earner's wallet: each entry keeps the credential as held (issued here or imported), with
// what lists it; one entry per credential per account.
constexpr std::string_view kWallet = R"sql(
CREATE TABLE wallet_entries (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  credential_id TEXT REFERENCES credentials (id),
  credential_key TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('claimed', 'imported')),
  format TEXT NOT NULL CHECK (format IN ('json', 'jwt')),
  document TEXT NOT NULL,
  name TEXT NOT NULL,
  issuer TEXT NOT NULL,
  issued_at TEXT,
  valid_until TEXT,
  visibility TEXT NOT NULL CHECK (visibility IN ('private', 'public')),
  share_token TEXT UNIQUE,
  added_at TEXT NOT NULL,
  UNIQUE (user_id, credential_key)
);
CREATE INDEX wallet_entries_by_user ON wallet_entries (user_id, added_at);
)sql";

// When the reminder that a credential expires soon was queued (once per credential).
constexpr std::string_view kExpiryReminders = R"sql(
ALTER TABLE credentials ADD COLUMN expiry_reminder_at TEXT;
CREATE INDEX credentials_by_expiry ON credentials (valid_until);
)sql";

// What happened to an achievement's credentials, counted per day for the issuer's analytics:
// public page views, verifications on this instance's pages, shares (made public in a wallet).
constexpr std::string_view kCredentialEvents = R"sql(
CREATE TABLE credential_events (
  achievement_id TEXT NOT NULL REFERENCES achievements (id),
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('view', 'verification', 'share')),
  count INTEGER NOT NULL,
  PRIMARY KEY (achievement_id, day, kind)
);
)sql";

// Images issuers upload (or have drawn) for their achievements, served at /images/<id>.<ext>:
// named by the SHA-256 of their bytes, so one picture is stored once and never changes. The bytes
// are kept as base64 text, which both engines store alike.
//
// Claims accepted are counted per day with the other credential events: the table is made anew
// (a CHECK constraint cannot be altered on SQLite) with 'claim' among its kinds.
constexpr std::string_view kImagesAndClaimEvents = R"sql(
CREATE TABLE credential_events_with_claims (
  achievement_id TEXT NOT NULL REFERENCES achievements (id),
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('view', 'verification', 'share', 'claim')),
  count INTEGER NOT NULL,
  PRIMARY KEY (achievement_id, day, kind)
);
INSERT INTO credential_events_with_claims (achievement_id, day, kind, count)
  SELECT achievement_id, day, kind, count FROM credential_events;
DROP TABLE credential_events;
ALTER TABLE credential_events_with_claims RENAME TO credential_events;
CREATE TABLE images (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/svg+xml')),
  content TEXT NOT NULL,
  created_at TEXT NOT NULL
);
)sql";

// Invitations to join an organisation, for people without an account yet: the link's token is
// stored only as SHA-256. One pending invitation per organisation and address (a new one replaces
// it); an accepted one keeps its row, with accepted_at, as the record of who joined how.
constexpr std::string_view kInvitations = R"sql(
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'assessor', 'viewer')),
  invited_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  accepted_at TEXT
);
CREATE INDEX invitations_by_organisation ON invitations (organisation_id, email);
)sql";

constexpr std::array kMigrations = {
    Migration{1, "accounts: users and API tokens", kAccounts},
    Migration{2, "issuer organisations, memberships and sealed key files", kOrganisations},
    Migration{3, "achievements and their versions; the issuer's country", kAchievements},
    Migration{4, "credentials and status lists", kCredentials},
    Migration{5, "jobs and their rows (bulk awards)", kJobs},
    Migration{6, "claim tokens and the mail outbox", kClaimsAndMail},
    Migration{7, "browser sessions and failed sign-ins", kSessions},
    Migration{8, "the earner's wallet", kWallet},
    Migration{9, "expiry reminders", kExpiryReminders},
    Migration{10, "credential events per day (analytics)", kCredentialEvents},
    Migration{11, "achievement images; accepted claims per day", kImagesAndClaimEvents},
    Migration{12, "invitations to join an organisation", kInvitations},
};

}  // namespace

std::span<const Migration> cairn_migrations() { return kMigrations; }

}  // namespace cairn::store
