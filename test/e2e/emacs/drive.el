;;; drive.el --- runs in `emacs --batch` after the README's configuration  -*- lexical-binding: t -*-
;; Opens E2E_FILE, M-x eglot (which uses the README's `eglot-server-programs' entry), waits for
;; tlslint's flymake diagnostics, M-x eglot-code-actions on the finding, picks tlslint's fix from
;; the menu, saves, and checks the file on disk.  Exit 0 on pass, 1 on failure.
(require 'cl-lib)
(require 'subr-x)
;; What an interactive Emacs does at startup and --batch skips: activate the installed packages
;; (Debian's elpa-eglot), so that M-x eglot autoloads Eglot and runs the README's
;; `with-eval-after-load' form.
(package-activate-all)

(defconst e2e-fix "Remove tlsAllowInvalidCertificates: true (verify certificates)")
(defconst e2e-insecure "  tlsAllowInvalidCertificates: true,\n")
(defconst e2e-timeout (/ (string-to-number (or (getenv "E2E_TIMEOUT_MS") "20000")) 1000.0))
(defconst e2e-sabotage (equal (getenv "TLSLINT_E2E_SABOTAGE") "1"))
(defvar e2e-start (float-time))

(defun e2e-log (fmt &rest args)
  (princ (format "[%.2fs] %s\n" (- (float-time) e2e-start) (apply #'format fmt args))))

(defun e2e-wait (pred secs)
  "Process server output until PRED returns non-nil or SECS pass; return PRED's value."
  (let ((end (+ (float-time) secs)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) end))
      (accept-process-output nil 0.05))
    value))

(defun e2e-read (file)
  (with-temp-buffer (insert-file-contents-literally file) (buffer-string)))

(defun e2e-assert-equal (actual expected what)
  (unless (equal actual expected) (error "%s: expected %S, got %S" what expected actual)))

(defun e2e-must-fail (what check)
  "A negative control: CHECK must signal an error now, or the check beside it could never fail."
  (when (condition-case nil (progn (funcall check) t) (error nil))
    (error "negative control did not fail: %s" what)))

(defun e2e-ours () (flymake-diagnostics))

(defun e2e-no-server-errors (events)
  "Signal an error if EVENTS (an events buffer's text) holds a log or show message of type Error."
  (let ((start 0) found)
    (while (string-match ":method \"window/\\(?:log\\|show\\)Message\"[ \t\n]+:params[ \t\n]+(:type[ \t\n]+1[ \t\n]+:message[ \t\n]+\"\\([^\"]*\\)\"" events start)
      (push (match-string 1 events) found)
      (setq start (match-end 0)))
    (when found (error "the server sent error messages: %S" (nreverse found)))))

(condition-case err
    (let* ((file (getenv "E2E_FILE"))
           (original (e2e-read file))
           (pos (string-search e2e-insecure original))
           (expected (and pos (concat (substring original 0 pos) (substring original (+ pos (length e2e-insecure))))))
           finding menu before server)
      (unless (and pos (not (string-search e2e-insecure original (1+ pos))))
        (error "the example must hold the insecure line once"))
      (find-file file)
      (e2e-assert-equal major-mode 'js-mode "major mode")
      (call-interactively #'eglot)
      ;; Eglot waits `eglot-sync-connect' (3 s) for the server, then goes on connecting in the
      ;; background: wait for it as a user would, up to the timeout.
      (setq server (e2e-wait #'eglot-current-server e2e-timeout))
      (unless server (error "eglot did not connect within %s s" e2e-timeout))
      (e2e-assert-equal (process-command (jsonrpc--process server)) '("tlslint-language-server" "--stdio") "the server command")
      (e2e-log "eglot connected: %s" (string-join (process-command (jsonrpc--process server)) " "))

      (let ((line (1+ (cl-count ?\n (substring original 0 pos)))))
        (setq finding
              (e2e-wait (lambda ()
                          (cl-find-if (lambda (d)
                                        (and (string-match-p "tlsAllowInvalidCertificates: true in mongodb MongoClient accepts any certificate" (flymake-diagnostic-text d))
                                             (= (line-number-at-pos (flymake-diagnostic-beg d)) line)))
                                      (e2e-ours)))
                        e2e-timeout)))
      (unless finding (error "no diagnostic on tlsAllowInvalidCertificates; got %S" (mapcar #'flymake-diagnostic-text (e2e-ours))))
      (setq before (length (e2e-ours)))
      (e2e-log "%d diagnostics; %s" before (flymake-diagnostic-text finding))

      ;; As a user: point on the finding, M-x eglot-code-actions, pick the fix in the menu.  The
      ;; menu is asked again while it lacks the fix (the first answer can be for an older version).
      (goto-char (flymake-diagnostic-beg finding))
      (let ((end (+ (float-time) e2e-timeout)) (picked nil))
        (while (not picked)
          (when (> (float-time) end) (error "the code action menu never offered the fix; last menu: %S" menu))
          (cl-letf (((symbol-function 'completing-read)
                     (lambda (_prompt collection &rest _)
                       (setq menu (mapcar (lambda (x) (if (consp x) (car x) x)) collection))
                       (if (member e2e-fix menu) (setq picked e2e-fix) (error "menu without the fix")))))
            (condition-case e
                ;; Typed as `M-x eglot-code-actions RET': the last input event is a key, so Eglot
                ;; shows its completing-read menu (with no event at all, batch Emacs would take
                ;; the mouse-menu branch).
                (let ((last-nonmenu-event ?\r))
                  (call-interactively #'eglot-code-actions))
              (error (e2e-log "code actions: %S" e) (accept-process-output nil 0.25))))))
      (e2e-log "code action menu: %s" (string-join menu " | "))
      (unless (member "Disable no-unverified-certificate for this line" menu) (error "the menu lacks the disable comment"))

      (save-buffer)
      (let ((actual (e2e-read file)))
        (e2e-must-fail "the file still has its original text" (lambda () (e2e-assert-equal actual original "file")))
        (e2e-assert-equal actual (if e2e-sabotage original expected) "the file on disk after the fix"))
      (e2e-log "fix applied and saved")

      (unless (e2e-wait (lambda () (= (length (e2e-ours)) (1- before))) e2e-timeout)
        (error "the finding did not go away; got %S" (mapcar #'flymake-diagnostic-text (e2e-ours))))
      (e2e-log "%d diagnostics after the fix" (length (e2e-ours)))
      ;; The server reported no error to the editor: Eglot keeps every message in its events
      ;; buffer, where an error would only be logged.
      (e2e-must-fail "a recorded error message"
                     (lambda () (e2e-no-server-errors "(:jsonrpc \"2.0\" :method \"window/logMessage\" :params\n\t  (:type 1 :message \"x\"))")))
      (e2e-no-server-errors (with-current-buffer (jsonrpc-events-buffer server) (buffer-string)))
      (eglot-shutdown server)
      (princ "EMACS_EGLOT_E2E PASS\n")
      (kill-emacs 0))
  (error (princ (format "EMACS_EGLOT_E2E FAIL: %s\n" (error-message-string err)))
         (kill-emacs 1)))
