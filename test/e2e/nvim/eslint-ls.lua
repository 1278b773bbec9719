-- Runs in headless Neovim (run-eslint-ls.mjs): starts vscode-eslint's language server
-- (`vscode-eslint-language-server --stdio`, the server the VS Code ESLint extension runs) on the fresh
-- project of run-eslint-package.mjs, answering its workspace/configuration with the settings
-- vscode-eslint 3 sends, and checks tlslint's ESLint rules through it: diagnostics with source eslint
-- and code tlslint/<rule>, the safe fix of a finding as "Fix this … problem", and a suggestion of a
-- finding that has only suggestions. With E2E_RULE_OFF=1 (eslint.config.mjs turns
-- tlslint/no-weak-cipher off) the server lints the file and that diagnostic must not come.
local t0 = vim.loop.hrtime()
local function log(msg) io.stdout:write(string.format('[%.2fs] %s\n', (vim.loop.hrtime() - t0) / 1e9, msg)) end
vim.o.hidden = true -- buffers left for another stay loaded (and attached)
local TIMEOUT = tonumber(os.getenv('E2E_TIMEOUT_MS') or '30000')
local PROJECT = assert(os.getenv('E2E_PROJECT'), 'E2E_PROJECT')
local RULE_OFF = os.getenv('E2E_RULE_OFF') == '1'
local SABOTAGE = os.getenv('TLSLINT_E2E_SABOTAGE') == '1'

-- The helpers both drivers share, from this file's folder.
local common = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*/)') .. 'common.lua')
local read, assert_equal, must_fail = common.read, common.assert_equal, common.must_fail

-- What vscode-eslint's client answers to the server's workspace/configuration (section '') for a
-- file of a folder with no eslint.* settings: its defaults (package.json "contributes"), with
-- useFlatConfig for ESLint 9+ and the workspace folder the client adds.
local project_uri = vim.uri_from_fname(PROJECT)
local settings = {
  validate = 'on',
  packageManager = 'npm',
  useESLintClass = false,
  experimental = { useFlatConfig = false },
  useFlatConfig = true,
  codeActionOnSave = { enable = false, mode = 'all' },
  format = false,
  quiet = false,
  onIgnoredFiles = 'off',
  options = {},
  rulesCustomizations = {},
  run = 'onType',
  problems = { shortenToSingleLine = false },
  nodePath = vim.NIL,
  workingDirectory = { mode = 'location' },
  workspaceFolder = { name = vim.fn.fnamemodify(PROJECT, ':t'), uri = project_uri },
  codeAction = {
    disableRuleComment = { enable = true, location = 'separateLine', commentStyle = 'line' },
    showDocumentation = { enable = true },
  },
}

local errors, published, asked = {}, {}, 0
local function refuse(method)
  return function(_, params)
    table.insert(errors, method .. ' ' .. vim.inspect(params))
    return {}
  end
end
local handlers = {
  ['workspace/configuration'] = function(_, params)
    asked = asked + 1
    local out = {}
    for i = 1, #params.items do out[i] = settings end
    return out
  end,
  ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    published[result.uri] = (published[result.uri] or 0) + 1
    return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
  end,
  ['eslint/status'] = function(_, result)
    if result.state ~= 1 then table.insert(errors, 'eslint/status ' .. vim.inspect(result)) end
  end,
  ['eslint/noLibrary'] = refuse('eslint/noLibrary'),
  ['eslint/noConfig'] = refuse('eslint/noConfig'),
  ['eslint/probeFailed'] = refuse('eslint/probeFailed'),
  ['eslint/openDoc'] = function() return {} end,
  ['window/showMessage'] = function(_, result)
    if result.type == vim.lsp.protocol.MessageType.Error then table.insert(errors, 'showMessage: ' .. result.message) end
  end,
  ['window/logMessage'] = function(_, result)
    if result.type == vim.lsp.protocol.MessageType.Error then table.insert(errors, 'logMessage: ' .. result.message) end
  end,
}

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'eslint',
    cmd = { 'vscode-eslint-language-server', '--stdio' },
    root_dir = PROJECT,
    workspace_folders = { { name = settings.workspaceFolder.name, uri = project_uri } },
    settings = settings,
    handlers = handlers,
  })
  assert(client_id, 'vscode-eslint-language-server did not start')

  -- This server reports diagnostics only when asked (LSP 3.17 pull diagnostics, textDocument/diagnostic),
  -- as VS Code and Neovim 0.10+ do after each change; Neovim 0.7 cannot, so the test asks every
  -- 250 ms for each attached buffer and hands the answer to Neovim's publishDiagnostics handler.
  local attached, in_flight = {}, {}
  local function pull(bufnr)
    local client = vim.lsp.get_client_by_id(client_id)
    if not client or in_flight[bufnr] then return end
    in_flight[bufnr] = true
    local uri = vim.uri_from_bufnr(bufnr)
    client.request('textDocument/diagnostic', { textDocument = { uri = uri } }, function(perr, result)
      in_flight[bufnr] = nil
      if perr or not result or result.kind ~= 'full' then
        table.insert(errors, 'textDocument/diagnostic: ' .. vim.inspect(perr or result))
        return
      end
      handlers['textDocument/publishDiagnostics'](nil, { uri = uri, diagnostics = result.items }, { method = 'textDocument/publishDiagnostics', client_id = client_id, bufnr = bufnr }, {})
    end, bufnr)
  end
  local timer = vim.loop.new_timer()
  timer:start(250, 250, vim.schedule_wrap(function()
    for bufnr in pairs(attached) do pull(bufnr) end
  end))

  local function open(rel)
    local file = PROJECT .. '/' .. rel
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    attached[bufnr] = true
    return bufnr, file, read(file)
  end
  local function tlslint(bufnr, rule, lnum)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'eslint' and d.code == 'tlslint/' .. rule and d.lnum == lnum then return d end
    end
  end
  local function wait_for(bufnr, rule, lnum)
    assert(vim.wait(TIMEOUT, function() return tlslint(bufnr, rule, lnum) ~= nil end, 20),
      string.format('no eslint diagnostic tlslint/%s on line %d; got %s; errors %s', rule, lnum + 1, vim.inspect(vim.diagnostic.get(bufnr)), vim.inspect(errors)))
    local d = tlslint(bufnr, rule, lnum)
    log(string.format('diagnostic %s %s:%d:%d %s', d.source, d.code, d.lnum + 1, d.col + 1, d.message))
    return d
  end

  -- legacy-gateway.js: 3DES in a cipher list, whose first fix (remove it) is safe.
  local gw, gw_file, gw_original = open('examples/src/legacy-gateway.js')
  if RULE_OFF then
    local db = open('examples/src/db.js')
    wait_for(db, 'no-unverified-certificate', 8)
    assert(vim.wait(TIMEOUT, function() return (published[vim.uri_from_bufnr(gw)] or 0) > 0 end, 20), 'the server published no diagnostics for legacy-gateway.js')
    assert(tlslint(gw, 'no-weak-cipher', 10) == nil, 'tlslint/no-weak-cipher is reported although eslint.config.mjs turns it off')
    log('rule off: no tlslint/no-weak-cipher on legacy-gateway.js; ' .. #vim.diagnostic.get(gw) .. ' diagnostics there')
  else
    local d = wait_for(gw, 'no-weak-cipher', 10)
    assert_equal(d.severity, vim.diagnostic.severity.ERROR, 'severity')

    -- As a user: cursor on the finding, :lua vim.lsp.buf.code_action(), pick an entry in the menu.
    local titles = {}
    -- As a user: cursor on the finding, :lua vim.lsp.buf.code_action(), pick an entry in the menu.
    local function choose(title)
      titles = common.choose(title, TIMEOUT)
      log('code action menu: ' .. table.concat(titles, ' | '))
    end
    local function buffer_text(bufnr) return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n' end
    local function applied(bufnr, file, original, expected, what)
      assert(vim.wait(TIMEOUT, function() return buffer_text(bufnr) ~= original end, 20), what .. ' changed nothing')
      vim.cmd('silent write')
      local actual = read(file)
      must_fail(what .. ': the file still has its original text', function() assert_equal(actual, original, 'file') end)
      assert_equal(actual, SABOTAGE and original or expected, 'the file after ' .. what)
      log(what .. ' applied and written to disk')
    end

    vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
    choose('Fix this tlslint/no-weak-cipher problem')
    for _, title in ipairs({ "Remove the ciphers option (use the Node.js default list) (tlslint/no-weak-cipher)", 'Disable tlslint/no-weak-cipher for this line' }) do
      assert(vim.tbl_contains(titles, title), 'the menu offers ' .. title)
    end
    local gw_expected = gw_original:gsub(':DES%-CBC3%-SHA\'', '\'', 1)
    applied(gw, gw_file, gw_original, gw_expected, 'the safe fix')
    assert(vim.wait(TIMEOUT, function() return tlslint(gw, 'no-weak-cipher', 10) == nil end, 20), 'the finding did not go away after the fix')

    -- db.js: tlsAllowInvalidCertificates, whose fixes are all suggestions (they change what connects).
    local db, db_file, db_original = open('examples/src/db.js')
    local dd = wait_for(db, 'no-unverified-certificate', 8)
    vim.api.nvim_win_set_cursor(0, { dd.lnum + 1, dd.col })
    choose('Remove tlsAllowInvalidCertificates: true (verify certificates) (tlslint/no-unverified-certificate)')
    assert(not vim.tbl_contains(titles, 'Fix this tlslint/no-unverified-certificate problem'), 'a finding with only suggestions offers no fix')
    local db_expected = db_original:gsub('  tlsAllowInvalidCertificates: true,\n', '', 1)
    applied(db, db_file, db_original, db_expected, 'the suggestion')
    assert(vim.wait(TIMEOUT, function() return tlslint(db, 'no-unverified-certificate', 8) == nil end, 20), 'the finding did not go away after the suggestion')
  end

  assert(asked > 0, 'the server never asked for its settings (workspace/configuration)')
  if #errors > 0 then error('the server reported: ' .. table.concat(errors, ' | '), 0) end
  timer:stop()
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end)

common.finish(ok, err)
