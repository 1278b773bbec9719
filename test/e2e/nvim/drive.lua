-- Runs in headless Neovim after the README's configuration (init.lua) opened the file: waits for
-- tlslint's diagnostics, runs :lua vim.lsp.buf.code_action() on the finding, picks tlslint's fix
-- from the menu (vim.ui.select), :write, and checks the file on disk. Exit 0 on pass, 1 on failure.
local t0 = vim.loop.hrtime()
local function log(msg) io.stdout:write(string.format('[%.2fs] %s\n', (vim.loop.hrtime() - t0) / 1e9, msg)) end
local TIMEOUT = tonumber(os.getenv('E2E_TIMEOUT_MS') or '20000')
-- The case run-nvim.mjs picked: the JavaScript example by default, or a Python file.
local FIX = os.getenv('E2E_FIX') or 'Remove tlsAllowInvalidCertificates: true (verify certificates)'
local INSECURE = os.getenv('E2E_INSECURE') or '  tlsAllowInvalidCertificates: true,\n'
local FILETYPE = os.getenv('E2E_FILETYPE') or 'javascript'
local SABOTAGE = os.getenv('TLSLINT_E2E_SABOTAGE') == '1'

-- The helpers both drivers share, from this file's folder.
local common = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*/)') .. 'common.lua')
local read, assert_equal, must_fail = common.read, common.assert_equal, common.must_fail

local ok, err = pcall(function()
  -- The README's snippet for Neovim 0.11 (vim.lsp.config) is at least valid Lua; it cannot run here.
  local newer = os.getenv('E2E_NVIM_011_SNIPPET')
  assert(newer and loadfile(newer), 'the README snippet for Neovim 0.11 does not compile: ' .. tostring(newer))
  assert(vim.lsp.config == nil, 'this is Neovim before 0.11, which the README snippet in init.lua is for')

  local bufnr = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(bufnr)
  local original = read(file)
  local s, e = original:find(INSECURE, 1, true)
  assert(s and not original:find(INSECURE, e + 1, true), 'the example holds the insecure line once')
  local expected = original:sub(1, s - 1) .. original:sub(e + 1)
  local lnum = select(2, original:sub(1, s):gsub('\n', '')) -- 0-based line of the finding
  -- Its 0-based column: hover and code actions are asked where the finding is (not at the indent:
  -- a Python finding sits inside its call).
  local col = s - (original:sub(1, s - 1):match('.*\n()') or 1) + #INSECURE:match('^%s*')
  assert_equal(vim.bo[bufnr].filetype, FILETYPE, 'filetype')

  -- The README's FileType autocmd started the server and attached the buffer.
  local client
  assert(vim.wait(TIMEOUT, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if c.name == 'tlslint' then client = c end
    end
    return client ~= nil
  end, 20), 'the README configuration attached no tlslint client')
  assert_equal(table.concat(client.config.cmd, ' '), 'tlslint-language-server --stdio', 'the server command')
  log('client attached: ' .. table.concat(client.config.cmd, ' ') .. ', root_dir ' .. tostring(client.config.root_dir))

  local function ours()
    return vim.tbl_filter(function(d) return d.source == 'tlslint' end, vim.diagnostic.get(bufnr))
  end
  local function finding()
    for _, d in ipairs(ours()) do
      if d.code == 'no-unverified-certificate' and d.lnum == lnum then return d end
    end
  end
  assert(vim.wait(TIMEOUT, function() return finding() ~= nil end, 20), 'no diagnostic on tlsAllowInvalidCertificates; got ' .. vim.inspect(ours()))
  local before = #ours()
  log(string.format('%d diagnostics; %s', before, finding().message))

  -- K (vim.lsp.buf.hover) on the finding: why its rule matters, from the rule page.
  vim.api.nvim_win_set_cursor(0, { lnum + 1, col })
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), TIMEOUT)
  local contents = hover and hover[client.id] and hover[client.id].result and hover[client.id].result.contents
  local text = type(contents) == 'table' and contents.value or ''
  assert(text:find('tlslint: no-unverified-certificate', 1, true) and text:find('Why it matters', 1, true) == nil and text:find('TLS gives you two things', 1, true), 'the hover says why: ' .. vim.inspect(contents))
  log('hover: ' .. text:sub(1, 80) .. '...')

  -- As a user: cursor on the finding, :lua vim.lsp.buf.code_action(), pick an entry in the menu.
  local function choose(title) return common.choose(title, TIMEOUT) end

  -- "Show documentation": Neovim 0.7 cannot open documents for a server (window/showDocument), so
  -- the server shows the page's address in a message instead of failing.
  local DOCS = 'Documentation: https://github.com/tlslint/tlslint/blob/main/docs/rules/no-unverified-certificate.md'
  choose('Show documentation for no-unverified-certificate')
  assert(vim.wait(TIMEOUT, function()
    for _, m in ipairs(_G.tlslint_e2e_messages) do
      if m:find(DOCS, 1, true) then return true end
    end
    return false
  end, 20), 'no message with the documentation address; messages: ' .. vim.inspect(_G.tlslint_e2e_messages))
  log('show documentation: ' .. _G.tlslint_e2e_messages[#_G.tlslint_e2e_messages])

  vim.api.nvim_win_set_cursor(0, { lnum + 1, col })
  local titles = choose(FIX)
  log('code action menu: ' .. table.concat(titles, ' | '))
  for _, title in ipairs({ 'Disable no-unverified-certificate for this line', 'Disable no-unverified-certificate for the entire file' }) do
    assert(vim.tbl_contains(titles, title), 'the menu offers ' .. title)
  end

  vim.cmd('silent write')
  local actual = read(file)
  must_fail('the file still has its original text', function() assert_equal(actual, original, 'file') end)
  assert_equal(actual, SABOTAGE and original or expected, 'the file on disk after the fix')
  log('fix applied and written to disk')

  assert(vim.wait(TIMEOUT, function() return finding() == nil and #ours() == before - 1 end, 20), 'the finding did not go away; got ' .. vim.inspect(ours()))
  log(string.format('%d diagnostics after the fix', #ours()))

  -- The server reported no error to the editor (run-nvim.mjs records them before the README's setup).
  local function no_errors(errors)
    if #errors > 0 then error('the server sent error messages: ' .. table.concat(errors, ' | '), 0) end
  end
  must_fail('a recorded error message', function() no_errors({ 'window/logMessage: a recorded error' }) end)
  assert(type(_G.tlslint_e2e_errors) == 'table', 'run-nvim.mjs installed no error recorder')
  no_errors(_G.tlslint_e2e_errors)
  vim.lsp.stop_client(client.id)
  vim.wait(5000, function() return client.is_stopped() end, 20)
end)

common.finish(ok, err)
