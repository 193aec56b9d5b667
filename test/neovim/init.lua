-- A Neovim configuration (0.7 and later) that starts `slipway lsp --stdio` for Dockerfile, workflow and Compose
-- buffers, then checks from inside Neovim what the language server gives the editor. test/neovim/neovim.test.ts
-- runs it headless (`nvim --headless -u test/neovim/init.lua`) and asserts on the JSON it writes.
--
-- Environment: `slipway` on PATH (the test links bin/slipway.js there, as `npm link` does), Neovim started in a copy
-- of examples/ (SLIPWAY_WORK), SLIPWAY_RESULT (the JSON file written at the end), SLIPWAY_WAIT_MS (how long each wait
-- may last: a hang detector).

-- README, "Other editors", Neovim 0.7 (the test checks that the README shows this block as it is here):
-- begin README neovim-0.7
-- Neovim 0.7 has no vim.lsp.start (0.8+): one client, started at the first Dockerfile or YAML buffer and attached to
-- each. Workflows and Compose files are `yaml` buffers; the server tells them apart by their path (and answers
-- nothing for other YAML files).
local slipway_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'dockerfile', 'yaml' },
  callback = function(args)
    slipway_client = slipway_client or vim.lsp.start_client({
      name = 'slipway',
      cmd = { 'slipway', 'lsp', '--stdio' },
      root_dir = vim.fn.getcwd(),
      -- The `slipway` settings object (README, "Other editors").
      init_options = { rules = { DL3015 = 'off' } },
    })
    vim.lsp.buf_attach_client(args.buf, slipway_client)
  end,
})
-- end README neovim-0.7

local work = assert(os.getenv('SLIPWAY_WORK'), 'SLIPWAY_WORK')
local out = assert(os.getenv('SLIPWAY_RESULT'), 'SLIPWAY_RESULT')
local wait_ms = tonumber(os.getenv('SLIPWAY_WAIT_MS') or '30000')

local result = { nvim = vim.version(), steps = {} }

-- What the test asserts is in `result`; a failed wait is recorded with what was there, and the run goes on.
local function step(name, value)
  result.steps[name] = value
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { code = d.code, lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, message = d.message })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return list
end

local function codes(buf)
  local c = {}
  for _, d in ipairs(diagnostics(buf)) do table.insert(c, d.code) end
  return c
end

local function has_code(buf, code)
  for _, c in ipairs(codes(buf)) do
    if c == code then return true end
  end
  return false
end

local function open(rel)
  vim.cmd('edit ' .. vim.fn.fnameescape(work .. '/' .. rel))
  return vim.api.nvim_get_current_buf()
end

--- The single client's answer to a request on `buf` (nil on timeout).
local function request(buf, method, params)
  local answers = vim.lsp.buf_request_sync(buf, method, params, wait_ms)
  local a = answers and answers[slipway_client]
  if not a then return { timeout = true } end
  return { result = a.result, err = a.err }
end

--- Applies the code action titled `title` at the cursor through Neovim's own code-action path
--- (vim.lsp.buf.code_action, vim.ui.select, util.apply_workspace_edit), choosing it as a user would.
local function apply_code_action(title)
  local offered = {}
  local chosen = false
  local select = vim.ui.select
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do
      local action = item[2]
      table.insert(offered, action.title)
      if action.title == title and not chosen then
        chosen = true
        on_choice(item)
      end
    end
    if not chosen then on_choice(nil) end
  end
  vim.lsp.buf.code_action()
  vim.wait(wait_ms, function() return #offered > 0 end, 10)
  vim.ui.select = select
  return offered, chosen
end

local function main()
  -- 1. The Dockerfile: diagnostics, hover, completion, a quick fix.
  local df = open('model-api/Dockerfile')
  step('dockerfile_filetype', vim.bo[df].filetype)
  step('dockerfile_attached', vim.lsp.buf_is_attached(df, slipway_client))
  vim.wait(wait_ms, function() return has_code(df, 'JSONArgsRecommended') end, 10)
  local client = vim.lsp.get_client_by_id(slipway_client)
  step('client_initialized', client.initialized == true)
  step('server_text_document_sync', client.server_capabilities.textDocumentSync)
  step('dockerfile_diagnostics', diagnostics(df))

  local uri = vim.uri_from_bufnr(df)
  -- `python` in `FROM python:3.12-slim` (line 2).
  local hover = request(df, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 1, character = 6 } })
  step('dockerfile_hover', hover.result and hover.result.contents or hover)

  -- A new, empty line after WORKDIR (line 4): the instructions are offered.
  vim.api.nvim_buf_set_lines(df, 4, 4, false, { '' })
  local completion = request(df, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 4, character = 0 } })
  local labels = {}
  local items = completion.result and (completion.result.items or completion.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  step('dockerfile_completion', labels)
  vim.api.nvim_buf_set_lines(df, 4, 5, false, {})

  -- `CMD gunicorn …` (line 12): JSONArgsRecommended's fix, chosen from the code-action menu.
  vim.api.nvim_win_set_cursor(0, { 12, 0 })
  local offered, chosen = apply_code_action('Convert CMD to exec form')
  step('dockerfile_code_actions', offered)
  step('dockerfile_code_action_chosen', chosen)
  vim.wait(wait_ms, function() return vim.api.nvim_buf_get_lines(df, 11, 12, false)[1]:sub(1, 5) == 'CMD [' end, 10)
  step('dockerfile_line12_after_fix', vim.api.nvim_buf_get_lines(df, 11, 12, false)[1])
  vim.wait(wait_ms, function() return not has_code(df, 'JSONArgsRecommended') end, 10)
  step('dockerfile_codes_after_fix', codes(df))

  -- 2. The workflow: diagnostics, completion, the "Did you mean" fix.
  local wf = open('.github/workflows/ci.yml')
  step('workflow_filetype', vim.bo[wf].filetype)
  vim.wait(wait_ms, function() return has_code(wf, 'unknown-key') end, 10)
  step('workflow_diagnostics', diagnostics(wf))
  local wuri = vim.uri_from_bufnr(wf)
  -- A new key under `test:` (after `runs-on:`, line 13): the job's keys are offered.
  vim.api.nvim_buf_set_lines(wf, 13, 13, false, { '    ' })
  local wcompletion = request(wf, 'textDocument/completion', { textDocument = { uri = wuri }, position = { line = 13, character = 4 } })
  local wlabels = {}
  local witems = wcompletion.result and (wcompletion.result.items or wcompletion.result) or {}
  for _, item in ipairs(witems) do table.insert(wlabels, item.label) end
  step('workflow_completion', wlabels)
  vim.api.nvim_buf_set_lines(wf, 13, 14, false, {})
  vim.api.nvim_win_set_cursor(0, { 8, 0 })
  local woffered, wchosen = apply_code_action('Change to "permissions"')
  step('workflow_code_actions', woffered)
  step('workflow_code_action_chosen', wchosen)
  vim.wait(wait_ms, function() return vim.api.nvim_buf_get_lines(wf, 7, 8, false)[1] ~= 'permision:' end, 10)
  step('workflow_line8_after_fix', vim.api.nvim_buf_get_lines(wf, 7, 8, false)[1])
  vim.wait(wait_ms, function() return not has_code(wf, 'unknown-key') end, 10)
  step('workflow_codes_after_fix', codes(wf))

  -- 3. The Compose file: diagnostics.
  local cf = open('model-api/compose.yaml')
  vim.wait(wait_ms, function() return has_code(cf, 'compose-unknown-key') end, 10)
  step('compose_diagnostics', diagnostics(cf))

  -- 4. A config file written from Neovim (no file watching in 0.7: the server hears of it by didSave).
  local cfg = open('.slipway.yaml')
  vim.api.nvim_buf_set_lines(cfg, 0, -1, false, { 'rules:', '  DL3008: off' })
  vim.cmd('write')
  vim.wait(wait_ms, function() return not has_code(df, 'DL3008') end, 10)
  step('dockerfile_codes_after_config', codes(df))

  step('client_name', client.name)
  step('workflow_attached', vim.lsp.buf_is_attached(wf, slipway_client))
  step('compose_attached', vim.lsp.buf_is_attached(cf, slipway_client))
end

-- After startup (the file types are known then), as a user's first buffer would be.
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  -- `:edit` inside this callback must run the file-type detection autocommands too.
  nested = true,
  callback = function()
    local ok, err = xpcall(main, debug.traceback)
    if not ok then result.error = err end
    if slipway_client then
      local client = vim.lsp.get_client_by_id(slipway_client)
      vim.lsp.stop_client(slipway_client)
      vim.wait(wait_ms, function() return client.is_stopped() end, 10)
      result.stopped = client.is_stopped()
      result.server_pid = client.rpc.pid
    end
    vim.fn.writefile({ vim.fn.json_encode(result) }, out)
    vim.cmd(ok and 'qall!' or 'cquit! 1')
  end,
})
