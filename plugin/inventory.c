// SPDX-License-Identifier: GPL-2.0-only
/*
 * The inventory (-fplugin-arg-gfpzero_plugin-inventory): every catalogue
 * zeroing of a function that no allocation of it was followed to, and
 * where its page came from instead (a parameter, a struct field, the
 * result of a call, ...), so that a person converting a tree sees what
 * the analysis did not.
 */
#include "track.h"

bool gz_inventory_on;

/* One zeroing of the inventory: a JSON line in the json= file. */
static void gz_inventory(location_t loc, const char *function,
			 const char *zeroing, const char *origin,
			 bool user_addr)
{
	expanded_location z = expand_location(gz_spelling(loc));
	obstack ob;

	if (!gz_inventory_on || !gz_json_file)
		return;
	obstack_init(&ob);
	obstack_1grow(&ob, '{');
	gz_json_key(&ob, "kind", true);
	gz_json_string(&ob, "inventory");
	gz_json_key(&ob, "file", false);
	gz_json_string(&ob, z.file);
	gz_json_int(&ob, "line", z.line);
	gz_json_int(&ob, "column", gz_column(z));
	gz_json_key(&ob, "function", false);
	gz_json_string(&ob, function);
	gz_json_key(&ob, "zeroing", false);
	gz_json_string(&ob, zeroing);
	gz_json_key(&ob, "origin", false);
	gz_json_string(&ob, origin);
	gz_json_key(&ob, "user_addr", false);
	obstack_grow(&ob, user_addr ? "true" : "false", user_addr ? 4 : 5);
	gz_json_key(&ob, "backend", false);
	gz_json_string(&ob, "plugin");
	obstack_grow(&ob, "}\n", 2);
	obstack_1grow(&ob, '\0');
	gz_json_append((char *)obstack_finish(&ob));
	obstack_free(&ob, NULL);
}

/*
 * Where the page a zeroing works on comes from, for the inventory: a
 * string the caller frees (names have no length limit).
 */
static char *gz_origin_text(struct gz_fn *fn, tree t)
{
	int guard = 0;

	while (guard++ < 16) {
		gimple *def;
		tree rhs;

		if (TREE_CODE(t) == VAR_DECL && DECL_NAME(t))
			return xasprintf("%s '%s'", is_global_var(t) ?
					 "global" : "local variable",
					 IDENTIFIER_POINTER(DECL_NAME(t)));
		if (TREE_CODE(t) == ADDR_EXPR)
			return xstrdup("the address of an object");
		if (TREE_CODE(t) != SSA_NAME)
			return xstrdup("a constant");
		if (SSA_NAME_IS_DEFAULT_DEF(t)) {
			tree v = SSA_NAME_VAR(t);

			return xasprintf("parameter '%s'%s",
					 v && DECL_NAME(v) ?
					 IDENTIFIER_POINTER(DECL_NAME(v)) : "?",
					 gz_summary_find(fn->fndecl, -1) ?
					 " (its callers in this file are followed)" : "");
		}
		def = SSA_NAME_DEF_STMT(t);
		if (gimple_code(def) == GIMPLE_PHI)
			return xstrdup("several paths");
		if (is_gimple_call(def)) {
			const struct gz_call *c = gz_site_call(fn, def);
			tree callee = gimple_call_fndecl(def);

			if (c && (c->role == GZ_ROLE_SAME ||
				  c->role == GZ_ROLE_MAP) &&
			    (unsigned int)c->map->obj < gimple_call_num_args(def)) {
				t = gimple_call_arg(def, c->map->obj);
				continue;
			}
			if (c && c->role == GZ_ROLE_ALLOC)
				return xasprintf("allocator '%s' (%s)", c->name,
						 gz_kind_name(c->alloc->kind));
			if (callee && DECL_NAME(callee))
				return xasprintf("the result of '%s'",
						 IDENTIFIER_POINTER(DECL_NAME(callee)));
			return xstrdup("an indirect call");
		}
		if (!is_gimple_assign(def))
			return xstrdup("unknown");
		rhs = gimple_assign_rhs1(def);
		if (TREE_CODE(rhs) == COMPONENT_REF) {
			tree field = TREE_OPERAND(rhs, 1);

			return xasprintf("struct field '%s'", DECL_NAME(field) ?
					 IDENTIFIER_POINTER(DECL_NAME(field)) : "?");
		}
		if (TREE_CODE(rhs) == ADDR_EXPR) {
			tree base = get_base_address(TREE_OPERAND(rhs, 0));

			if (base && TREE_CODE(base) == MEM_REF) {
				t = TREE_OPERAND(base, 0);
				continue;
			}
		}
		if (TREE_CODE(rhs) == MEM_REF || TREE_CODE(rhs) == ARRAY_REF)
			return xstrdup("memory");
		t = rhs;
	}
	return xstrdup("unknown");
}

/* The inventory: every zeroing that no origin of this function reached. */
void gz_inventory_function(struct gz_fn *fn)
{
	unsigned int i;
	char *origin;

	for (i = 0; i < fn->sites.length(); i++) {
		const struct gz_call *zc = &fn->sites[i].call;
		gimple *z = fn->sites[i].stmt;

		if (zc->role != GZ_ROLE_ZERO || fn->reached->contains(z) ||
		    (unsigned int)zc->zero->obj >= gimple_call_num_args(z))
			continue;
		if (zc->zero->value >= 0 &&
		    ((unsigned int)zc->zero->value >= gimple_call_num_args(z) ||
		     !integer_zerop(gimple_call_arg(z, zc->zero->value))))
			continue;	/* memset with another value */
		origin = gz_origin_text(fn, gimple_call_arg(z, zc->zero->obj));
		gz_inventory(zc->loc, fn->name, zc->name, origin,
			     zc->zero->addr >= 0);
		free(origin);
	}
}
