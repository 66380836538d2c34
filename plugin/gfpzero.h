/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * gfpzero GCC plugin: declarations shared by its parts, a section for
 * each file that defines them (track.h: those of the analysis of one
 * function).  Each file uses only files listed below it:
 *
 *   gfpzero_plugin.c  options, registration, the end of a unit
 *   pass.c            the pass over one function: what runs, in order
 *   inventory.c       zeroings not followed to an allocation
 *   decide.c          what a zeroing is: its check and reason, or nothing
 *   summary.c         cross-function summaries: built, kept, read, written
 *   fixit.c           the conversion as fix-it hints
 *   control.c         guards, conditions and publishing before a zeroing
 *   flow.c            following a fresh page or folio through a function
 *   catalogue.c       recognising calls through include/gfpzero_catalogue.h
 *   report.c          findings kept, printed as diagnostics and JSON
 *   removal.c         what a fix-it removes with a statement
 *   source.c          reading the source text behind a location
 *
 * GCC version differences are in gcc-compat.h alone.
 */
#ifndef GFPZERO_H
#define GFPZERO_H

#include "gcc-compat.h"

/* The checks; one name each, shared with the semantic patches and docs. */
/* the checks, reasons and messages of include/gfpzero_catalogue.h */
enum gz_check {
#define GFPZ_CHECK(id, ...) GZ_##id,
#include "gfpzero_catalogue.h"
#undef GFPZ_CHECK
	GZ_NR_CHECKS
};

enum gz_reason {
	GZ_R_NONE,
#define GFPZ_REASON(id, ...) GZ_R_##id,
#include "gfpzero_catalogue.h"
#undef GFPZ_REASON
	GZ_NR_REASONS
};

enum gz_message {
#define GFPZ_MESSAGE(id, ...) GZ_M_##id,
#include "gfpzero_catalogue.h"
#undef GFPZ_MESSAGE
	GZ_NR_MESSAGES
};

/* ---- catalogue.c ---- */
enum gz_alloc_kind { GZ_USER, GZ_ZEROED, GZ_SERIES, GZ_NOADDR, GZ_POOL };
enum gz_object { GZ_PAGE, GZ_FOLIO, GZ_KADDR };
enum gz_extent { GZ_FULL, GZ_RANGE };

struct gz_alloc_entry {
	const char *name;
	int arity;
	enum gz_alloc_kind kind;
	enum gz_object object;
	int gfp, order, addr, user_addr;
};

struct gz_zero_entry {
	const char *name;
	int obj;
	enum gz_object object;
	int addr, value, len;
	enum gz_extent extent;
};

struct gz_map_entry {
	const char *name;
	int obj, offset;
};

struct gz_guard_entry {
	const char *name;
	int zero_when;
};

enum gz_role {
	GZ_ROLE_NONE, GZ_ROLE_ALLOC, GZ_ROLE_ZERO, GZ_ROLE_MAP, GZ_ROLE_UNMAP,
	GZ_ROLE_SAME, GZ_ROLE_GUARD, GZ_ROLE_PUBLISH, GZ_ROLE_RELEASE
};

/* What a call is, in catalogue terms, and where its source spells it. */
struct gz_call {
	enum gz_role role;
	const char *name;		/* catalogue name */
	location_t loc;			/* the name's location in the source */
	bool exact;			/* loc is at this call's own name */
	bool hidden;			/* known only by a macro around it */
	unsigned int pub_params;	/* a publisher's published arguments */
	unsigned char pending;		/* GZ_SETTLE_*: see gz_call_settle() */
	const struct gz_alloc_entry *alloc;
	const struct gz_zero_entry *zero;
	const struct gz_map_entry *map;	/* also GZ_ROLE_SAME */
	const struct gz_guard_entry *guard;
	const struct gz_wrapper *wrapper;	/* an allocator by summary */
};

#define GZ_SETTLE_EXACT	1	/* does loc name this call? */
#define GZ_SETTLE_LOC	2	/* loc to the name it is at */
bool gz_classify_call(gimple *stmt, struct gz_call *out);
void gz_call_settle(struct gz_call *c);
bool gz_catalogue_name(const char *name, struct gz_call *out);
const char *gz_kind_name(enum gz_alloc_kind kind);
bool gz_kind_from_name(const char *name, enum gz_alloc_kind *kind);
bool gz_is_gfp_zero_name(const char *s, size_t len);
bool gz_is_no_user_addr_name(const char *s, size_t len);
bool gz_is_guard_name(const char *s, size_t len);
bool gz_is_hint_name(const char *s, size_t len);
bool gz_is_align_name(const char *s, size_t len);
const char *gz_strip_suffix(const char *name, char *buf, size_t size);
const char *gz_check_name(enum gz_check c);
bool gz_check_converts(enum gz_check c);
const char *gz_reason_name(enum gz_reason r);
const char *gz_reason_text(enum gz_reason r);
const char *gz_message(enum gz_message m);
bool gz_whole_extent(const char *t, size_t len);

/* ---- source.c ---- */
#define GZ_MAX_ARGS 8
#define GZ_MAX_LINES 16		/* a call or a removal spans no more */

/*
 * A text that grows as it is read: an argument, a statement, a
 * condition.  Source text has no length limit a fixed buffer could hold
 * (a cut argument would be a wrong fix-it, a cut condition a wrong
 * verdict on whether a removed "if" has side effects).
 */
struct gz_text {
	char *s;
	size_t n, size;
};

struct gz_span {		/* a piece of source text: lines and columns */
	int line, col;		/* first character, 1-based column */
	int eline, ecol;	/* last character */
};

struct gz_args {
	const char *file;
	int nargs;
	struct gz_span name;
	struct gz_span arg[GZ_MAX_ARGS];
	char *text[GZ_MAX_ARGS];	/* xstrdup'd, whitespace squeezed */
	struct gz_span stmt;		/* from the name to the ';' */
};

const char *gz_source_line(const char *file, int line, int *len);
int gz_column(expanded_location x);
bool gz_read_call(location_t loc, struct gz_args *out);
void gz_free_args(struct gz_args *a);
char *gz_read_stmt_text(location_t loc);
bool gz_text_has_word(const char *text, bool (*pred)(const char *, size_t));
void gz_text_add(struct gz_text *t, char ch);
location_t gz_location(location_t anchor, int line, int col);
location_t gz_spelling(location_t loc);
bool gz_ident_at(location_t loc, char *buf, size_t size);
location_t gz_ident_loc(location_t loc);

/* ---- removal.c ---- */
bool gz_removal_span(const struct gz_args *a,
		     bool (*pure_call)(const char *, size_t),
		     struct gz_span *out);
bool gz_line_span(const char *file, int line, int from_col,
		  struct gz_span *out);
bool gz_comment_above(const char *file, int line, struct gz_span *out);
bool gz_init_decl_span(const char *file, int line, int col, const char *name,
		       bool (*pure_call)(const char *, size_t),
		       struct gz_span *out);

/* ---- report.c ---- */
enum gz_fixit_kind { GZ_FIX_INSERT_AFTER, GZ_FIX_REMOVE, GZ_FIX_REPLACE };

struct gz_fixit {
	enum gz_fixit_kind kind;
	location_t anchor;		/* a location in the span's file */
	struct gz_span span;
	char *text;
};

#define GZ_MAX_FIXITS 12

struct gz_finding {
	enum gz_check check;
	enum gz_reason reason;
	location_t loc;			/* the zeroing (or the allocation) */
	location_t alloc_loc;
	tree fndecl;			/* function holding loc */
	const char *function;
	const char *alloc_function;
	const char *callee;		/* the allocator */
	tree via;			/* the zeroing callee, if any */
	char *shared_message;		/* used if VIA turns out shared */
	char *message;
	int nfixits;
	struct gz_fixit fixit[GZ_MAX_FIXITS];
	bool fixits_ok;
};

extern bool gz_check_enabled[GZ_NR_CHECKS];
extern const char *gz_json_file;
extern bool gz_severity_error;

bool gz_check_from_name(const char *name, size_t len, enum gz_check *out);
struct gz_finding *gz_new_finding(enum gz_check c, enum gz_reason r);
void gz_each_finding(void (*fn)(struct gz_finding *f));
void gz_add_fixit(struct gz_finding *f, enum gz_fixit_kind kind,
		  location_t anchor, const struct gz_span *span,
		  const char *text);
void gz_emit_findings(void);
void gz_json_string(obstack *ob, const char *s);
void gz_json_key(obstack *ob, const char *key, bool first);
void gz_json_int(obstack *ob, const char *key, int v);
void gz_json_append(const char *line);

/* ---- summary.c ---- */
struct gz_summary {
	tree fndecl;			/* the callee; NULL if from another unit */
	const char *name;		/* the callee's name */
	int param;			/* the parameter it zeroes */
	location_t loc;			/* the zeroing, in the callee */
	char *where;			/* "file:line" of a zeroing elsewhere */
	struct gz_call call;		/* the zeroing call */
	const struct gz_call *guard;
	bool partial, const_addr, conditional, user_addr;
	bool exported;			/* callable from elsewhere */
	/* the user address, when it is PARAM->FIELD: "vmf->address" */
	int addr_param;
	tree addr_field;
	char *addr_text;
	const char *param_name;
};

/* A function that returns a fresh page from a catalogue allocator. */
struct gz_wrapper {
	tree fndecl;			/* NULL if from another unit */
	const char *name;
	struct gz_alloc_entry entry;	/* what it wraps, without arguments */
	bool gfp_zero;			/* it passes __GFP_ZERO */
	bool exported;
};

const struct gz_summary *gz_summary_find(tree fndecl, int param);
void gz_summary_call(tree callee, bool fresh);
bool gz_summary_shared(tree fndecl);
bool gz_summary_exported(tree fndecl);
bool gz_wrapper_call(gimple *stmt, tree callee, struct gz_call *out);
bool gz_publisher_call(gimple *stmt, tree callee, struct gz_call *out);
void gz_summaries_read(const char *dir);
void gz_summaries_write(const char *dir);
void gz_summary_reset(void);

extern const char *gz_summaries_dir;

/* ---- decide.c ---- */
void gz_decide_unit(void);

/* ---- inventory.c ---- */
extern bool gz_inventory_on;

/* ---- pass.c ---- */
void gz_analyse_function(function *fun);

#endif /* GFPZERO_H */
