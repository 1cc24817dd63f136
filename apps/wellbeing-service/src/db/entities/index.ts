import { CheckInTaskEntity } from './check-in-task.entity';
import { ConcernEntity } from './concern.entity';
import { ConsentEntity } from './consent.entity';
import { ContactLogEntity } from './contact-log.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { ReferralEntity } from './referral.entity';
import { RestorationFollowUpEntity } from './restoration-follow-up.entity';
import { ScheduledCheckInEntity } from './scheduled-check-in.entity';
import { SelfCheckInEntity } from './self-check-in.entity';
import { SupportPlanEntity } from './support-plan.entity';
import { UnitStaffEntity } from './unit-staff.entity';

export * from './check-in-task.entity';
export * from './concern.entity';
export * from './consent.entity';
export * from './contact-log.entity';
export * from './outbox-message.entity';
export * from './referral.entity';
export * from './restoration-follow-up.entity';
export * from './scheduled-check-in.entity';
export * from './self-check-in.entity';
export * from './support-plan.entity';
export * from './unit-staff.entity';

export const WELLBEING_ENTITIES = [
  CheckInTaskEntity,
  ConcernEntity,
  ConsentEntity,
  ContactLogEntity,
  OutboxMessageEntity,
  ReferralEntity,
  RestorationFollowUpEntity,
  ScheduledCheckInEntity,
  SelfCheckInEntity,
  SupportPlanEntity,
  UnitStaffEntity,
];
