-- What the headless Neovim drivers share (drive.lua: tlslint's server; eslint-ls.lua: vscode-eslint's
-- server with tlslint's ESLint plugin). Loaded with dofile() from the driver's own folder.
local M = {}

function M.read(path)
  local f = assert(io.open(path, 'rb'))
  local s = f:read('*a')
  f:close()
  return s
end

function M.assert_equal(actual, expected, what)
  if actual ~= expected then error(string.format('%s: expected %s, got %s', what, vim.inspect(expected), vim.inspect(actual)), 0) end
end

-- A negative control: `check` must fail now, or the positive check beside it could never fail.
function M.must_fail(what, check)
  if pcall(check) then error('negative control did not fail: ' .. what, 0) end
end

-- As a user: cursor on the finding, :lua vim.lsp.buf.code_action(), pick `title` in the menu
-- (vim.ui.select). The menu is asked again while it lacks the entry (the first answer can be for an
-- older version). Returns the titles of the menu it picked from.
function M.choose(title, timeout)
  local picked = false
  local titles = {}
  vim.ui.select = function(items, _, on_choice)
    titles = {}
    local choice
    for i, item in ipairs(items) do
      local action = item[2] or item.action or item
      titles[#titles + 1] = action.title
      if action.title == title then choice = i end
    end
    picked = choice ~= nil
    on_choice(choice and items[choice] or nil, choice)
  end
  local deadline = vim.loop.now() + timeout
  while not picked do
    assert(vim.loop.now() < deadline, 'the code action menu never offered ' .. title .. '; last menu: ' .. vim.inspect(titles))
    vim.lsp.buf.code_action()
    vim.wait(2000, function() return picked end, 20)
  end
  return titles
end

-- The end of a driver: the verdict line run-*.mjs reads, and Neovim's exit code.
function M.finish(ok, err)
  if ok then
    io.stdout:write('NVIM_E2E PASS\n')
    vim.cmd('qall!')
  else
    io.stdout:write('NVIM_E2E FAIL: ' .. tostring(err) .. '\n')
    vim.cmd('cquit 1')
  end
end

return M
