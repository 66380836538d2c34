// SPDX-License-Identifier: GPL-2.0-only
/*
 * gfpzero: find callers that allocate a user page or folio and zero it by
 * hand, and say how to convert them to __GFP_ZERO so the page allocator
 * zeroes them once, with the faulting user address (folio_zero_user() in
 * post_alloc_hook()).
 *
 * Options:
 * -fplugin-arg-gfpzero_plugin-checks=<list>
 *	comma-separated checks to run, or "all" (the default):
 *	double-zeroing, manual-zeroing, zero-without-user-addr,
 *	unconvertible-zeroing
 * -fplugin-arg-gfpzero_plugin-json=<file>
 *	append each finding to <file> as one JSON object per line
 * -fplugin-arg-gfpzero_plugin-severity=warning|error
 *	"warning" (the default) stays a warning under -Werror, so a kernel
 *	build with CONFIG_WERROR finishes; "error" fails the compile
 * -fplugin-arg-gfpzero_plugin-summaries=<dir>
 *	write the summaries of this unit's exported wrappers and zeroing
 *	functions to <dir>, and read those other units wrote there, so a
 *	second build follows pages across files
 * -fplugin-arg-gfpzero_plugin-inventory
 *	also write to the json= file every catalogue zeroing whose page was
 *	not followed to an allocation in its function, with where it came
 *	from (a parameter, a struct field, a call...)
 * -fplugin-arg-gfpzero_plugin-disable
 *	load the plugin but run nothing
 *
 * Environment, for the tests only: GFPZERO_PLUGIN_FAULT=<function> makes
 * the pass raise an internal compiler error in <function>.
 *
 * This file reads the options and registers the pass (pass.c, after
 * "ssa") and the end of each unit, when findings are settled and printed.
 *
 * Usage:
 * $ gcc -fplugin=./gfpzero_plugin.so -fplugin-arg-gfpzero_plugin-json=out.json \
 *	-O2 -c mm/memory.c
 * $ make KCFLAGS="-fplugin=$PWD/gfpzero_plugin.so" mm/
 */
#include "gfpzero.h"
#include "plugin-version.h"

__visible int plugin_is_GPL_compatible;

static struct plugin_info gfpzero_plugin_info = {
	.version	= "0.1",
	.help		= "checks=<list>\tchecks to run (default: all)\n"
			  "json=<file>\tappend findings as JSON Lines\n"
			  "summaries=<dir>\tcross-file summaries, read and written\n"
			  "severity=warning|error\tdiagnostic kind (default: warning)\n"
			  "inventory\tlist zeroings not followed (json=)\n"
			  "disable\tdo nothing\n",
};

static const pass_data gfpzero_pass_data = {
	.type			= GIMPLE_PASS,
	.name			= "gfpzero",
	.optinfo_flags		= OPTGROUP_NONE,
	.tv_id			= TV_NONE,
	.properties_required	= PROP_cfg | PROP_ssa,
	.properties_provided	= 0,
	.properties_destroyed	= 0,
	.todo_flags_start	= 0,
	.todo_flags_finish	= 0,
};

/*
 * GFPZERO_PLUGIN_FAULT=FUNCTION, for the tests only: an internal compiler
 * error in FUNCTION, as a bug in the analysis would give.
 */
static const char *gz_fault;

namespace {
class gfpzero_pass : public gimple_opt_pass {
public:
	gfpzero_pass() : gimple_opt_pass(gfpzero_pass_data, g) {}

	unsigned int execute(function *fun) override
	{
		if (gz_fault && fun && DECL_NAME(fun->decl) &&
		    !strcmp(gz_fault, IDENTIFIER_POINTER(DECL_NAME(fun->decl))))
			internal_error("fault injected by %qs",
				       "GFPZERO_PLUGIN_FAULT");
		if (fun && fun->cfg && fun->gimple_df)
			gz_analyse_function(fun);
		return 0;
	}

	opt_pass *clone(void) override { return new gfpzero_pass(); }
};
}

/*
 * The end of the unit: every call of its functions is known now.  Write
 * the summaries, settle the findings that depend on every caller, print
 * them, and start the next unit afresh.
 */
static void gfpzero_finish_unit(void *gcc_data, void *user_data)
{
	if (gz_summaries_dir)
		gz_summaries_write(gz_summaries_dir);
	gz_decide_unit();
	gz_emit_findings();
	gz_summary_reset();
}

/* "double-zeroing, manual-zeroing, ...": the catalogue's checks */
static const char *gz_known_checks(void)
{
	static char buf[256];
	int i;

	buf[0] = '\0';
	for (i = 0; i < GZ_NR_CHECKS; i++)
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s%s",
			 i ? ", " : "", gz_check_name((enum gz_check)i));
	return buf;
}

static bool gfpzero_parse_checks(const char *value)
{
	const char *p = value;
	int i;

	if (!strcmp(value, "all"))
		return true;
	for (i = 0; i < GZ_NR_CHECKS; i++)
		gz_check_enabled[i] = false;
	while (*p) {
		size_t len = strcspn(p, ",");
		enum gz_check c;

		if (!gz_check_from_name(p, len, &c)) {
			error("gfpzero: unknown check %<%.*s%> in %<checks=%>; known: %s",
			      (int)len, p, gz_known_checks());
			return false;
		}
		gz_check_enabled[c] = true;
		p += len;
		if (*p == ',')
			p++;
	}
	return true;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	const char *const plugin_name = plugin_info->base_name;
	const int argc = plugin_info->argc;
	const struct plugin_argument *const argv = plugin_info->argv;
	struct register_pass_info pass_info;
	bool enable = true;
	int i;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error("gfpzero: incompatible gcc/plugin versions");
		return 1;
	}

	for (i = 0; i < argc; i++) {
		const char *key = argv[i].key, *value = argv[i].value;

		if (!strcmp(key, "disable") && !value) {
			enable = false;
		} else if (!strcmp(key, "inventory") && !value) {
			gz_inventory_on = true;
		} else if (!strcmp(key, "checks") && value) {
			if (!gfpzero_parse_checks(value))
				return 1;
		} else if (!strcmp(key, "json") && value && *value) {
			gz_json_file = xstrdup(value);
		} else if (!strcmp(key, "summaries") && value && *value) {
			gz_summaries_dir = xstrdup(value);
		} else if (!strcmp(key, "severity") && value &&
			   (!strcmp(value, "warning") ||
			    !strcmp(value, "error"))) {
			gz_severity_error = !strcmp(value, "error");
		} else {
			error("gfpzero: unknown option or missing value %<-fplugin-arg-%s-%s%s%s%>",
			      plugin_name, key, value ? "=" : "",
			      value ? value : "");
			return 1;
		}
	}

	register_callback(plugin_name, PLUGIN_INFO, NULL,
			  &gfpzero_plugin_info);
	if (!enable)
		return 0;
	gz_fault = getenv("GFPZERO_PLUGIN_FAULT");
	if (gz_summaries_dir)
		gz_summaries_read(gz_summaries_dir);

	/* after into-SSA, before early inlining hides the calls */
	pass_info.pass = new gfpzero_pass();
	pass_info.reference_pass_name = "ssa";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
			  &pass_info);
	register_callback(plugin_name, PLUGIN_FINISH_UNIT,
			  gfpzero_finish_unit, NULL);
	return 0;
}
