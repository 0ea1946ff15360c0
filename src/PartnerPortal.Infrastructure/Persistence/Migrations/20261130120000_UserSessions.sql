-- Server-side sessions: the session cookie names a row here, and a request is let in only while that row has
-- not ended and its person's security stamp is the one the cookie carries. Signing out ends the row; a
-- password change or reset, a role change or disabling changes the stamp and so ends every session at once.
-- Applied by 20261130120000_UserSessions.cs.

CREATE TABLE user_sessions (
    id uuid NOT NULL,
    user_id text NOT NULL,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    CONSTRAINT pk_user_sessions PRIMARY KEY (id),
    CONSTRAINT fk_user_sessions_asp_net_users_user_id FOREIGN KEY (user_id) REFERENCES asp_net_users (id) ON DELETE CASCADE
);

CREATE INDEX ix_user_sessions_user_id ON user_sessions (user_id);
