// Generated from apps/cases-service/openapi.json by `pnpm generate` in apps/web. Do not edit.
export interface paths {
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recomputes the audit hash chain and reports the first broken entry */
    get: operations['verifyAuditChain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registers a report (рапорт) and starts the case workflow */
    post: operations['registerCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case projection as the caller may see it (art. 42: each relation sees what its role needs; `withheld` names the fields left out); ETag = version */
    get: operations['getCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/absences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A subject's valid absence (pauses clocks; blackout for penalties, art. 57 p.14) */
    post: operations['recordAbsence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/allegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a further allegation between parties (before the conclusion) */
    post: operations['recordAllegation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/appeals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The penalized employee appeals (art. 57 p.19-21) */
    post: operations['fileAppeal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/appeals/{appealId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The official or court the appeal was addressed to upholds or cancels the penalty */
    post: operations['decideAppeal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's clock: where it meets real time, its scale (QORGAU_TIME_SCALE) and the case's now */
    get: operations['getCaseClock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/clock-pauses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pauses the clocks: appeal of underlying acts, expertise, pre-trial (art. 57 p.15) */
    post: operations['startClockPause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/clock-pauses/{pauseId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends a clock pause */
    post: operations['endClockPause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/commission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The commission session's sheet (art. 58-1): members with their recusals (art. 58 p.2), the quorum the composition needs, the notice check, and per subject the anonymized penalties of comparable cases (counts only, suppressed below the policy's minimum cohort). For the commission on whose agenda the case is, the unit's head and the auditor; 404 before a session is scheduled */
    get: operations['getCommissionSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/commission/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Schedules the commission session: members and date; notifies the employee (art. 58-1) */
    post: operations['scheduleSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/commission/session/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the sitting: attendance, participation, open votes → recommendation */
    post: operations['holdSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/conclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The investigator submits the conclusion: findings, proposals (art. 58 p.5) */
    post: operations['submitConclusion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/conclusion/acting-head': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the head acting for the ordering head, who may then approve (art. 58 p.5) */
    post: operations['recordActingHead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/conclusion/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The ordering head approves the conclusion (art. 58 p.5) */
    post: operations['approveConclusion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/conclusion/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The head returns the conclusion for rework */
    post: operations['returnConclusion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's running clocks the caller may see (art. 42): the case-wide ones, and a person's (limitation, Protection Act window, penalty, appeal) only as the rules give that person's data; each with `workingDaysLeft` on the case's today (negative: overdue) */
    get: operations['getCaseDeadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/decision-environment/migrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Moves the running case to the service's current policy and calendar data, with a reason (audited; new cases get them at start, running cases only this way) */
    post: operations['migrateDecisionEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/end-proceedings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends the proceedings without a penalty */
    post: operations['endProceedings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adds an evidence item (metadata) */
    post: operations['addEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The evidence item: metadata, content hash and chain of custody */
    get: operations['getEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/evidence/{evidenceId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The content, verified against its SHA-256; the access is recorded in the custody log */
    get: operations['getEvidenceContent'];
    /** Deposits the content of an evidence item (once; the same bytes again is a no-op) */
    put: operations['depositEvidenceContent'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/explanations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a subject's explanation: admission, denial or refusal */
    post: operations['recordExplanation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/explanations/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Demands written explanations from every subject (art. 57 p.3) */
    post: operations['requestExplanations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/familiarizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The conclusion was shown to the employee: signed or refused (art. 58 p.8) */
    post: operations['recordFamiliarization'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/hand-overs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hands the materials over to the competent body; the clocks pause */
    post: operations['handOver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/interests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A declared interest in a party: the participant is recused (art. 58 p.2) */
    post: operations['declareInterest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/investigation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Orders the investigation and assigns the investigator (art. 58 p.1) */
    post: operations['orderInvestigation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/investigation/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extends the investigation's term, with reasons (art. 58 p.4) */
    post: operations['extendInvestigation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/investigation/investigator': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replaces the assigned investigator, with reasons (recusal is checked) */
    post: operations['replaceInvestigator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The head's order imposes the penalties (issuedBy = caller) */
    post: operations['issueOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/order/announcements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The order was announced against signature, or the refusal recorded (art. 57 p.8-9) */
    post: operations['recordAnnouncement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/penalties/{penaltyId}/early-lifting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lifts a penalty early as a reward (art. 55) */
    post: operations['liftEarly'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/polygraph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a polygraph examination; only with the person's consent */
    post: operations['recordPolygraph'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The subject files their Protection Act; filing again amends it as a new version (art. 58 p.7) */
    post: operations['fileProtectionAct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts/{personRef}/extension-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The head grants or refuses a subject's request for more time to file the Protection Act */
    post: operations['decideExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts/{personRef}/files/{contentHash}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file of a person's Protection Act by its content hash (an attachment's contentHash), for whoever may read that act */
    get: operations['downloadProtectionActFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts/{personRef}/items/{itemId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The investigator answers one Protection Act item, with reasons */
    post: operations['answerProtectionActItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own draft for this case (revision 0 and no items before the first save); ETag = revision */
    get: operations['getProtectionActDraft'];
    /** Saves the draft (autosave). If-Match "<revision>" is required ("0" before the first save); 412 when another tab or device saved in between */
    put: operations['saveProtectionActDraft'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts/extension-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The subject asks for more time to file a Protection Act, with reasons */
    post: operations['requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/protection-acts/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Uploads a file for a protection-evidence item (raw bytes, Content-Type recorded, ≤ 25 MB); the server computes its SHA-256. Put name, contentHash and mediaType of the answer into the item’s attachments */
    post: operations['uploadProtectionActFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/suspensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspends a subject from duty with pay during the investigation (art. 38) */
    post: operations['suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/suspensions/announcements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The suspension order was shown to the officer against signature, or the refusal recorded (art. 38) */
    post: operations['recordSuspensionAnnouncement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's open tasks by role the caller may see (art. 42): the steps naming nobody, and a task about a person only as the rules give that person's data */
    get: operations['getCaseTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's events the caller may see, each cut by the same rules as the projection (art. 42) */
    get: operations['getCaseTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/witness-support': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A witness asks for psychological support (a support follow-up is offered) */
    post: operations['requestWitnessSupport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports the CSV files in one transaction: every row valid and applied, or a 422 naming each line and column and nothing applied. Applying the same files again changes nothing. */
    post: operations['applyDirectoryImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/imports/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What importing these CSV files would change (added/updated/deactivated, row by row); nothing is written */
    post: operations['dryRunDirectoryImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/officers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Officers, filtered by unit, role, active, or a part of the name or reference */
    get: operations['listDirectoryOfficers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/officers/{personRef}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One officer */
    get: operations['getDirectoryOfficer'];
    /** Creates or updates an officer (idempotent upsert, for an HR-system sync); active=false deactivates: the person can no longer sign in */
    put: operations['putDirectoryOfficer'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every unit with its parent, whether active, and its active officers count; for a head (read-only), their unit and the units under it */
    get: operations['listDirectoryUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/units/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Creates or updates a unit (idempotent); active=false deactivates it */
    put: operations['putDirectoryUnit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/units/{unitId}/commission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's commission compositions, the latest first; with ?on= also the one in force that day. A head reads those of their unit and the units under it (403 for any other) */
    get: operations['getDirectoryCommission'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/units/{unitId}/commission/{effectiveFrom}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sets the unit's commission from a day on (art. 58-1: at least five members, one chair, one secretary); sessions on or after that day sit with it */
    put: operations['putDirectoryCommission'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The commission sessions scheduled with the caller on the commission, soonest first */
    get: operations['listMyAgenda'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's open tasks across every case they are related to */
    get: operations['listMyTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cases the caller is related to (subject, applicant, witness; investigator, head, commission, appeal), open and closed, newest first, each cut to the reader’s view (art. 42) */
    get: operations['listMyCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/support/directory/units/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's officers (person references only), 404 for a unit not in the directory */
    get: operations['getUnitRoster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's open tasks across cases, by due day: each with its case, the clock that bounds it (due day, working days left on the case's today counted on the calendar the case is pinned to, citation), mine or my group's, its claim; the conclusion's task names what blocks it (art. 58 p.7) */
    get: operations['listTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claims a group task (one that names nobody) for the caller; 409 TASK_CLAIMED when someone else holds it; claiming one's own claim again is a no-op */
    post: operations['claimTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/claims/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Releases the caller's own claim of a task; 404 when the caller holds none */
    post: operations['releaseTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddEvidenceDto: {
      /** @default [] */
      allegationIds: string[];
      description: string;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      id: string;
      /** @enum {string} */
      kind:
        | 'recording'
        | 'documented-injury'
        | 'medical-report'
        | 'witness-statement'
        | 'party-statement'
        | 'document'
        | 'other';
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      witnessRef?: string;
    };
    AnswerProtectionActItemDto: {
      /** @enum {string} */
      decision: 'granted' | 'partly-granted' | 'refused' | 'verification-performed';
      reason: string;
      verification?: string;
    };
    ClaimTaskDto: {
      caseId: string;
      taskId: string;
    };
    CommandResponseDto: {
      /** Format: uuid */
      caseId: string;
      environment?: string;
      events: string[];
      stage: string;
      version: number;
    };
    CompositionBodyDto: {
      members: {
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        /** @enum {string} */
        role: 'chair' | 'secretary' | 'member';
      }[];
    };
    DecideAppealDto: {
      /** @enum {string} */
      outcome: 'upheld' | 'cancelled';
      reason: string;
    };
    DecideProtectionActExtensionDto: {
      granted: boolean;
      reason: string;
    };
    DeclareInterestDto: {
      /** @enum {string} */
      kind: 'relative' | 'line-manager' | 'subordinate' | 'personal-interest' | 'other';
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      participantRef: string;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      partyRef: string;
    };
    DraftDto: {
      items: ({
        id: string;
        /** @enum {string} */
        section:
          | 'objections'
          | 'procedural-violations'
          | 'verification-requests'
          | 'questionable-evidence'
          | 'legal-justification'
          | 'protection-evidence';
      } & {
        [key: string]: unknown;
      })[];
      revision: number;
      updatedAt: string[];
    };
    EmptyDto: {
      [key: string]: unknown;
    };
    EndProceedingsDto: {
      findings?: {
        /** @enum {string} */
        facts: 'established' | 'partly-established' | 'not-established';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        statement: string;
      }[];
      /** @enum {string} */
      reason: 'not-sustained' | 'limitation-expired' | 'commission-recommended-end' | 'other';
      statement: string;
    };
    ExtendInvestigationDto: {
      days: number;
      reason: string;
    };
    FileAppealDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      addresseeRef?: string;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      appealId: string;
      penaltyId: string;
      /** @enum {string} */
      to: 'higher-official' | 'court';
    };
    FileProtectionActDto: {
      items: (
        | {
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            id: string;
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            materialRef: string;
            /** @enum {string} */
            section: 'objections';
            text: string;
          }
        | {
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            id: string;
            rule: string;
            /** @enum {string} */
            section: 'procedural-violations';
            step: string;
            text: string;
          }
        | {
            /** @enum {string} */
            action: 'witness' | 'expert' | 'document' | 'recording';
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            id: string;
            /** @enum {string} */
            section: 'verification-requests';
            target: string;
            text: string;
          }
        | {
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            evidenceRef: string;
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            id: string;
            reason: string;
            /** @enum {string} */
            section: 'questionable-evidence';
          }
        | {
            citations: string[];
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            id: string;
            /** @enum {string} */
            section: 'legal-justification';
            text: string;
          }
        | {
            attachments: {
              contentHash: string;
              mediaType?: string;
              name: string;
            }[];
            /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
            id: string;
            /** @enum {string} */
            section: 'protection-evidence';
            text: string;
          }
      )[];
    };
    HandOverToCompetentBodyDto: {
      body: string;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      pauseId: string;
    };
    HoldCommissionSessionDto: {
      considerations: {
        /** @enum {string} */
        participation: 'in-person' | 'video' | 'unexcused-no-show' | 'written-refusal' | 'excused-absence';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        votes: {
          choice:
            | {
                /** @enum {string} */
                kind: 'penalty';
                /** @enum {string} */
                penalty:
                  | 'remark'
                  | 'reprimand'
                  | 'severe-reprimand'
                  | 'incomplete-compliance-warning'
                  | 'removal-from-post'
                  | 'rank-demotion'
                  | 'dismissal'
                  | 'dismissal-with-loss-of-honours'
                  | 'dismissal-with-loss-of-rank';
              }
            | {
                /** @enum {string} */
                kind: 'end-proceedings';
              };
          /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
          memberRef: string;
        }[];
      }[];
      consistencyReasons?: {
        [key: string]: string;
      };
      presentRefs: string[];
      protectionActReferences: {
        [key: string]: string[];
      };
      symmetricSanctionJustification?: string;
    };
    IssueOrderDto: {
      /** @enum {string} */
      basis: 'admission' | 'investigation' | 'collegium';
      collegium?: {
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        decisionRef: string;
        factsFullyEstablished: boolean;
      };
      findings?: {
        /** @enum {string} */
        facts: 'established' | 'partly-established' | 'not-established';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        statement: string;
      }[];
      penalties: {
        /** @enum {string} */
        penalty:
          | 'remark'
          | 'reprimand'
          | 'severe-reprimand'
          | 'incomplete-compliance-warning'
          | 'removal-from-post'
          | 'rank-demotion'
          | 'dismissal'
          | 'dismissal-with-loss-of-honours'
          | 'dismissal-with-loss-of-rank';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        violationId: string;
      }[];
      symmetricSanctionJustification?: string;
    };
    OfficerBodyDto: {
      /**
       * @description false deactivates: the person can no longer sign in
       * @default true
       */
      active: boolean;
      fullName: string;
      roles: (
        | 'officer'
        | 'investigator'
        | 'head'
        | 'commission-member'
        | 'commission-chair'
        | 'commission-secretary'
        | 'higher-official'
        | 'wellbeing-staff'
        | 'hr-inspector'
        | 'auditor'
        | 'admin'
      )[];
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      unitId: string;
    };
    OrderInvestigationDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      investigatorRef: string;
    };
    Problem: {
      citation?: string;
      code: string;
      detail: string;
      errors?: {
        field: string;
        message: string;
        rule: string;
      }[];
      instance: string;
      params?: {
        [key: string]: unknown;
      };
      reason?: string;
      status: number;
      title: string;
      type: string;
    };
    ReasonDto: {
      reason: string;
    };
    RecordAbsenceDto: {
      caseRelated?: boolean;
      /**
       * Format: date
       * @description Calendar day YYYY-MM-DD, 2000-01-01 to 2099-12-31
       */
      from: string;
      /** @enum {string} */
      kind: 'sick-leave' | 'vacation' | 'business-trip' | 'medical-treatment' | 'other-valid-absence';
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      personRef: string;
      /**
       * Format: date
       * @description Calendar day YYYY-MM-DD, 2000-01-01 to 2099-12-31
       */
      to: string;
    };
    RecordActingHeadDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      actingHeadRef: string;
      basis: string;
    };
    RecordAllegationDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      againstRef: string;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      byRef: string;
      description: string;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      id: string;
      /** @enum {string} */
      kind: 'physical-harm' | 'verbal-abuse' | 'other';
    };
    RecordExplanationDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      documentRef: string;
      /** @enum {string} */
      kind: 'admission' | 'denial' | 'refusal';
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      personRef: string;
    };
    RecordPolygraphDto: {
      consent: boolean;
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      personRef: string;
    };
    RecordSignatureDto: {
      /** @enum {string} */
      outcome: 'signed' | 'refused';
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      personRef: string;
    };
    ReplaceInvestigatorDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      investigatorRef: string;
      reason: string;
    };
    ReportCaseDto: {
      allegations?: {
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        againstRef: string;
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        byRef: string;
        description: string;
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        id: string;
        /** @enum {string} */
        kind: 'physical-harm' | 'verbal-abuse' | 'other';
      }[];
      evidence?: {
        /** @default [] */
        allegationIds: string[];
        description: string;
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        id: string;
        /** @enum {string} */
        kind:
          | 'recording'
          | 'documented-injury'
          | 'medical-report'
          | 'witness-statement'
          | 'party-statement'
          | 'document'
          | 'other';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        witnessRef?: string;
      }[];
      parties: {
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        roles: ('applicant' | 'subject' | 'witness')[];
      }[];
      /** @enum {string} */
      source: 'report' | 'notice-from-other-body';
      violations: {
        /**
         * Format: date
         * @description Calendar day YYYY-MM-DD, 2000-01-01 to 2099-12-31
         */
        committedOn: string;
        description: string;
        /**
         * Format: date
         * @description Calendar day YYYY-MM-DD, 2000-01-01 to 2099-12-31
         */
        discoveredOn: string;
        /** @enum {string} */
        gravity: 'ordinary' | 'gross' | 'discrediting' | 'ethics';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        id: string;
        misconductType: string;
        subjectRefs: string[];
      }[];
    };
    RequestProtectionActExtensionDto: {
      reason: string;
      workingDays: number;
    };
    RequestWitnessSupportDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      personRef: string;
    };
    SaveDraftDto: {
      items: ({
        id: string;
        /** @enum {string} */
        section:
          | 'objections'
          | 'procedural-violations'
          | 'verification-requests'
          | 'questionable-evidence'
          | 'legal-justification'
          | 'protection-evidence';
      } & {
        [key: string]: unknown;
      })[];
    };
    ScheduleCommissionSessionDto: {
      members: {
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        /** @enum {string} */
        role: 'chair' | 'secretary' | 'member';
      }[];
      /**
       * Format: date
       * @description Calendar day YYYY-MM-DD, 2000-01-01 to 2099-12-31
       */
      sessionOn: string;
    };
    StartClockPauseDto: {
      /** @enum {string} */
      cause: 'appeal' | 'expertise' | 'pre-trial-investigation';
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      pauseId: string;
    };
    SubmitConclusionDto: {
      circumstances: {
        aggravating: (
          | 'repeat-while-penalty-active'
          | 'involving-subordinates'
          | 'intoxication'
          | 'pressure-on-officials-or-relatives'
        )[];
        mitigating: ('repentance' | 'self-report' | 'first-offence-with-admission' | 'no-damage')[];
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
      }[];
      findings: {
        /** @enum {string} */
        facts: 'established' | 'partly-established' | 'not-established';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        statement: string;
      }[];
      proposals: {
        /** @enum {string} */
        penalty:
          | 'remark'
          | 'reprimand'
          | 'severe-reprimand'
          | 'incomplete-compliance-warning'
          | 'removal-from-post'
          | 'rank-demotion'
          | 'dismissal'
          | 'dismissal-with-loss-of-honours'
          | 'dismissal-with-loss-of-rank';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        personRef: string;
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        violationId: string;
      }[];
      protectionActReferences: {
        [key: string]: string[];
      };
      symmetricSanctionJustification?: string;
    };
    SuspendFromDutyDto: {
      /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
      personRef: string;
      /**
       * Format: date
       * @description Calendar day YYYY-MM-DD, 2000-01-01 to 2099-12-31
       */
      until: string;
    };
    UnitBodyDto: {
      /**
       * @description false deactivates (kept for old cases, no active officers)
       * @default true
       */
      active: boolean;
      name: string;
      /**
       * @description The unit above; null at the top
       * @default null
       */
      parentUnitId: string | null;
    };
    UploadedFileDto: {
      contentHash: string;
      /** Format: uuid */
      fileId: string;
      mediaType: string;
      name: string;
      sizeBytes: number;
      uploadedAt: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  verifyAuditChain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerCase: {
    parameters: {
      query?: never;
      header: {
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportCaseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag last read; 304 when unchanged */
        'If-None-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case as the caller may see it; ETag is its version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not modified: the case is still at the version If-None-Match names */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordAbsence: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAbsenceDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordAllegation: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAllegationDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  fileAppeal: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FileAppealDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, APPEAL_ALREADY_PENDING, PENALTY_NOT_ACTIVE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, APPEAL_PERIOD_EXPIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideAppeal: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        appealId: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideAppealDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, APPEAL_NOT_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseClock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startClockPause: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartClockPauseDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endClockPause: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
        pauseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCommissionSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  scheduleSession: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleCommissionSessionDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, COMMISSION_TOO_SMALL, COMMISSION_CHAIR_REQUIRED, COMMISSION_NOTICE_TOO_SHORT, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  holdSession: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldCommissionSessionDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, COMMISSION_NO_QUORUM, COMMISSION_EMPLOYEE_NOT_HEARD, COMMISSION_VOTE_INVALID, COMMISSION_NO_MAJORITY, CONSISTENCY_REASON_REQUIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitConclusion: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitConclusionDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, FINDINGS_MISSING_FOR_PARTY, FINDINGS_INVALID, PROTECTION_ACT_ITEMS_NOT_REFERENCED, SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordActingHead: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordActingHeadDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, ACTING_HEAD_INVALID, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  approveConclusion: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, PROTECTION_ACT_WINDOW_OPEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, APPROVER_NOT_ORDERING_HEAD, PROTECTION_ACT_ITEMS_UNANSWERED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  returnConclusion: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseDeadlines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  migrateDecisionEnvironment: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endProceedings: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndProceedingsDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addEvidence: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddEvidenceDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEvidenceContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  depositEvidenceContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The content is stored (or was already, with the same bytes) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The content is larger than the service accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The content type is not one evidence may have */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordExplanation: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordExplanationDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, EXPLANATION_ALREADY_RECORDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestExplanations: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordFamiliarization: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSignatureDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  handOver: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandOverToCompetentBodyDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declareInterest: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareInterestDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  orderInvestigation: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrderInvestigationDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, EXPLANATIONS_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, RECUSAL_REQUIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  extendInvestigation: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtendInvestigationDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, INVESTIGATION_EXTENSION_NOT_ALLOWED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replaceInvestigator: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceInvestigatorDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, RECUSAL_REQUIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  issueOrder: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueOrderDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, ADMISSION_REQUIRED, INVESTIGATION_REQUIRED, COMMISSION_RECOMMENDATION_REQUIRED, ONE_PENALTY_PER_VIOLATION, PENALTY_EXCEEDS_RECOMMENDATION, LIMITATION_PERIOD_EXPIRED, PENALTY_DATE_IN_BLACKOUT, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordAnnouncement: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSignatureDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  liftEarly: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
        penaltyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, PENALTY_NOT_ACTIVE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, EARLY_LIFTING_GROSS_PENALTY, EARLY_LIFTING_TOO_EARLY, EARLY_LIFTING_ONE_AT_A_TIME, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordPolygraph: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPolygraphDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, POLYGRAPH_CONSENT_REQUIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  fileProtectionAct: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FileProtectionActDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, PROTECTION_ACT_WINDOW_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, PROTECTION_ACT_ITEM_INVALID, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideExtension: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
        personRef: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideProtectionActExtensionDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, PROTECTION_ACT_EXTENSION_INVALID, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadProtectionActFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        contentHash: string;
        personRef: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerProtectionActItem: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
        itemId: string;
        personRef: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerProtectionActItemDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, PROTECTION_ACT_ITEM_UNKNOWN, PROTECTION_ACT_ANSWER_INVALID, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProtectionActDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  saveProtectionActDraft: {
    parameters: {
      query?: never;
      header: {
        /** @description The draft revision read: "<revision>" */
        'If-Match': string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveDraftDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestExtension: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestProtectionActExtensionDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS, PROTECTION_ACT_EXTENSION_PENDING, PROTECTION_ACT_WINDOW_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, PROTECTION_ACT_EXTENSION_INVALID, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadProtectionActFile: {
    parameters: {
      query: {
        name: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadedFileDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than 25 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No media type, or JSON, was sent as the file’s Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  suspend: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuspendFromDutyDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, SUSPENSION_TOO_LONG, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordSuspensionAnnouncement: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSignatureDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestWitnessSupport: {
    parameters: {
      query?: never;
      header: {
        /** @description Retries with the same key replay the answer */
        'Idempotency-Key': string;
        /** @description The case ETag ("<version>"); 412 when stale */
        'If-Match'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestWitnessSupportDto'];
      };
    };
    responses: {
      /** @description The command was recorded (or replayed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResponseDto'];
        };
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The case is not in a state that allows this step now; `code` is one of COMMAND_NOT_ALLOWED_IN_STAGE, TIME_WENT_BACKWARDS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules refuse the content of this step; `code` is one of INVALID_COMMAND, UNKNOWN_PARTY, SUPPORT_CONSENT_REQUIRED, UNKNOWN_REFERENCE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  applyDirectoryImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description commissions.csv: unit_id,effective_from,person_ref,commission_role
           */
          commissions?: string;
          /** @enum {string} */
          deactivateMissing?: 'true' | 'false';
          /**
           * Format: binary
           * @description officers.csv: person_ref,full_name,unit_id,roles[,active] (roles separated by ;)
           */
          officers?: string;
          /**
           * Format: binary
           * @description units.csv: unit_id,name,parent_unit_id[,active]
           */
          units?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  dryRunDirectoryImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description commissions.csv: unit_id,effective_from,person_ref,commission_role
           */
          commissions?: string;
          /** @enum {string} */
          deactivateMissing?: 'true' | 'false';
          /**
           * Format: binary
           * @description officers.csv: person_ref,full_name,unit_id,roles[,active] (roles separated by ;)
           */
          officers?: string;
          /**
           * Format: binary
           * @description units.csv: unit_id,name,parent_unit_id[,active]
           */
          units?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDirectoryOfficers: {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        limit?: number;
        offset?: number;
        /** @description Part of a name or a person reference */
        q?: string;
        role?:
          | 'officer'
          | 'investigator'
          | 'head'
          | 'commission-member'
          | 'commission-chair'
          | 'commission-secretary'
          | 'higher-official'
          | 'wellbeing-staff'
          | 'hr-inspector'
          | 'auditor'
          | 'admin';
        /** @description Identifier (must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit); a person must exist in the directory */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDirectoryOfficer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personRef: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putDirectoryOfficer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personRef: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OfficerBodyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDirectoryUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putDirectoryUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnitBodyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDirectoryCommission: {
    parameters: {
      query?: {
        /** @description Also return the composition in force on this day */
        on?: string;
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putDirectoryCommission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        effectiveFrom: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompositionBodyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  listMyAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyTasks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyCases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUnitRoster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTasks: {
    parameters: {
      query?: {
        caseId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  claimTask: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseTask: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state (a refused domain rule names its `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is understood but a rule refuses it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
