-- Neovim 0.8 APIs that the README's configuration uses, for Debian 12's Neovim 0.7.2 (the
-- version apt installs). Each one is defined only when missing and follows 0.8's behaviour:
-- vim.fs.find (upward search, first match) and vim.fs.dirname; vim.lsp.start (reuse a client
-- with the same name and root_dir, else start one, and attach the current buffer).
if not vim.fs then
  vim.fs = {}
  function vim.fs.dirname(file)
    return vim.fn.fnamemodify(file, ':h')
  end
  function vim.fs.find(names, opts)
    opts = opts or {}
    names = type(names) == 'string' and { names } or names
    local limit, found = opts.limit or 1, {}
    local dir = opts.path or vim.loop.cwd()
    while dir and dir ~= '' do
      for _, name in ipairs(names) do
        local candidate = dir .. '/' .. name
        if vim.loop.fs_stat(candidate) then
          found[#found + 1] = candidate
          if #found >= limit then return found end
        end
      end
      local parent = vim.fn.fnamemodify(dir, ':h')
      if not opts.upward or parent == dir then break end
      dir = parent
    end
    return found
  end
end

if not vim.lsp.start then
  function vim.lsp.start(config)
    local bufnr = vim.api.nvim_get_current_buf()
    for _, client in pairs(vim.lsp.get_active_clients()) do
      if client.name == config.name and client.config.root_dir == config.root_dir then
        vim.lsp.buf_attach_client(bufnr, client.id)
        return client.id
      end
    end
    local id = vim.lsp.start_client(config)
    if id then vim.lsp.buf_attach_client(bufnr, id) end
    return id
  end
end
