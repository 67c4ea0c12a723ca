import type { Service } from '../catalogue/catalogue.schema';
import type { ServiceResult } from '../eligibility/evaluate';

/** True when the service is not met because the family (or the children) live outside its area. */
export function isOutOfArea(
  service: Pick<Service, 'criteria'>,
  result: Pick<ServiceResult, 'reasons'> | undefined,
): boolean {
  if (!result) return false;
  const areaIds = new Set(service.criteria.filter((c) => c.kind === 'area').map((c) => c.id));
  return areaIds.size > 0 && result.reasons.some((r) => r.status === 'not-met' && areaIds.has(r.code));
}
