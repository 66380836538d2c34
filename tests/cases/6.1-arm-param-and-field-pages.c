// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1-arm.h"

void arm_clear_for_user(struct page *page, unsigned long vaddr)
{
	clear_user_highpage(page, vaddr);
}

vm_fault_t arm_cow_fault(struct vm_fault *vmf)
{
	clear_user_highpage(vmf->cow_page, vmf->address);
	return 0;
}

/*
 * check-name: ARM indirect clear_user_highpage() on a parameter page and a struct field page: no finding
 * check-findings-start
 * check-findings-end
 */
