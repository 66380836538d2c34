// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct fault_ctx {
	struct folio *folio;
};

/* zeroed through the field it was stored in: reported, never converted */
int fault_field_zero(struct vm_area_struct *vma, struct fault_ctx *ctx,
		     unsigned long addr)
{
	ctx->folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!ctx->folio)
		return -ENOMEM;
	folio_zero_user(ctx->folio, addr);
	return 0;
}

static void zero_it(struct folio *folio, unsigned long addr)
{
	folio_zero_user(folio, addr);
}

/* a fresh folio passed to the static callee */
struct folio *fault_fresh(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (folio)
		zero_it(folio, addr);
	return folio;
}

/*
 * the same callee given a folio read back from a field, which could be
 * another folio by then: the callee is shared, so neither is converted
 */
int fault_field_callee(struct vm_area_struct *vma, struct fault_ctx *ctx,
		       unsigned long addr)
{
	ctx->folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!ctx->folio)
		return -ENOMEM;
	zero_it(ctx->folio, addr);
	return 0;
}

/*
 * check-name: a folio stored in a struct field and zeroed through a load of it is never converted (another store could have replaced it), nor is a static callee also given such a folio
 * check-cocci-differs: the semantic patch follows a page through local variables only, not through a store to a field and a load back
 * check-findings-start
 * 15 unconvertible-zeroing reason=conditional-zeroing alloc=12
 * 21 unconvertible-zeroing reason=shared-callee alloc=29
 * 21 unconvertible-zeroing reason=conditional-zeroing alloc=42
 * check-findings-end
 * check-cocci-findings-start
 * 21 unconvertible-zeroing reason=shared-callee alloc=29
 * check-cocci-findings-end
 */
