import { AppError } from "@/lib/errors/app-error";
import { can, type Permission } from "../permissions";
import type { MemberContext } from "./require-member";

/**
 * Domain functions receive a MemberContext from requireMember; this re-checks that the role
 * it carries has the permission the function needs, so a shell that asked requireMember for
 * a weaker permission cannot widen what a role may do.
 */
export function assertCan(member: MemberContext, permission: Permission): void {
  if (!can(member.role, permission)) {
    throw new AppError("FORBIDDEN", "forbidden", "Your role does not allow this", { permission });
  }
}
