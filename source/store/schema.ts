/**
 * Forward migrations, in order: migration N brings a store from
 * user_version N-1 to N. Never edit one that has shipped; add another.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE workspace (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );

  CREATE TABLE scan (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    scanner TEXT NOT NULL,
    UNIQUE (workspace_id, name)
  );

  CREATE TABLE run (
    id INTEGER PRIMARY KEY,
    scan_id INTEGER NOT NULL REFERENCES scan(id) ON DELETE CASCADE,
    scan_time TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    finding_count INTEGER NOT NULL
  );
  CREATE INDEX run_by_scan ON run (scan_id, id);

  CREATE TABLE finding (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    scan_id INTEGER NOT NULL REFERENCES scan(id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    hostname TEXT NOT NULL DEFAULT '',
    port TEXT NOT NULL,
    plugin TEXT NOT NULL,
    finding TEXT NOT NULL,
    remark TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 5),
    status TEXT NOT NULL CHECK (status IN
      ('new', 'changed', 'open', 'no-issue', 'gone', 'closed', 'masked')),
    status_rank INTEGER GENERATED ALWAYS AS (CASE status
      WHEN 'new' THEN 0 WHEN 'changed' THEN 1 WHEN 'open' THEN 2
      WHEN 'no-issue' THEN 3 WHEN 'gone' THEN 4 WHEN 'closed' THEN 5
      ELSE 6 END) VIRTUAL,
    run_id INTEGER NOT NULL REFERENCES run(id),
    UNIQUE (workspace_id, scan_id, host, port, plugin)
  );
  CREATE INDEX finding_by_scan_status ON finding (scan_id, status);
  CREATE INDEX finding_by_scan_run ON finding (scan_id, run_id);
  CREATE INDEX finding_by_workspace ON finding (workspace_id, id);
  CREATE INDEX finding_by_workspace_status
    ON finding (workspace_id, status_rank, id);
  CREATE INDEX finding_by_workspace_severity
    ON finding (workspace_id, severity, id);
  CREATE INDEX finding_by_workspace_host ON finding (workspace_id, host, id);
  CREATE INDEX finding_by_workspace_port ON finding (workspace_id, port, id);
  CREATE INDEX finding_by_workspace_plugin
    ON finding (workspace_id, plugin, id);

  CREATE TABLE finding_history (
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    severity INTEGER NOT NULL,
    finding TEXT NOT NULL,
    remark TEXT NOT NULL,
    user TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX finding_history_by_finding
    ON finding_history (finding_id, run_id, id);

  CREATE TABLE issue (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    ext_ref TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 5),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX issue_by_ref ON issue (ext_ref);
  CREATE INDEX issue_by_workspace ON issue (workspace_id, id);

  CREATE TABLE issue_history (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
    action TEXT NOT NULL
      CHECK (action IN ('created', 'updated', 'linked', 'unlinked')),
    detail TEXT NOT NULL,
    finding_id INTEGER,
    user TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX issue_history_by_issue ON issue_history (issue_id, id);

  CREATE TABLE issue_finding (
    issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
    finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, finding_id)
  ) WITHOUT ROWID;
  CREATE INDEX issue_finding_by_finding ON issue_finding (finding_id, issue_id);
  `,

  // 2: how many findings per workspace, scan, port, status and severity,
  // kept exact by triggers, so counts by status and the query planner's
  // estimates need not read a million rows. Port is in it because port
  // filters are common and a scan has a few hundred ports at most.
  `
  CREATE TABLE finding_tally (
    workspace_id INTEGER NOT NULL,
    scan_id INTEGER NOT NULL,
    port TEXT NOT NULL,
    status_rank INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, scan_id, port, status_rank, severity)
  ) WITHOUT ROWID;

  INSERT INTO finding_tally
  SELECT workspace_id, scan_id, port, status_rank, severity, count(*)
  FROM finding GROUP BY workspace_id, scan_id, port, status_rank, severity;

  CREATE TRIGGER finding_tally_insert AFTER INSERT ON finding BEGIN
    INSERT INTO finding_tally VALUES (NEW.workspace_id, NEW.scan_id,
      NEW.port, NEW.status_rank, NEW.severity, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  END;

  CREATE TRIGGER finding_tally_delete AFTER DELETE ON finding BEGIN
    UPDATE finding_tally SET n = n - 1
    WHERE workspace_id = OLD.workspace_id AND scan_id = OLD.scan_id
      AND port = OLD.port AND status_rank = OLD.status_rank
      AND severity = OLD.severity;
  END;

  CREATE TRIGGER finding_tally_update
  AFTER UPDATE OF workspace_id, scan_id, port, status, severity ON finding
  WHEN OLD.workspace_id IS NOT NEW.workspace_id
    OR OLD.scan_id IS NOT NEW.scan_id OR OLD.port IS NOT NEW.port
    OR OLD.status IS NOT NEW.status OR OLD.severity IS NOT NEW.severity
  BEGIN
    UPDATE finding_tally SET n = n - 1
    WHERE workspace_id = OLD.workspace_id AND scan_id = OLD.scan_id
      AND port = OLD.port AND status_rank = OLD.status_rank
      AND severity = OLD.severity;
    INSERT INTO finding_tally VALUES (NEW.workspace_id, NEW.scan_id,
      NEW.port, NEW.status_rank, NEW.severity, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  END;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
