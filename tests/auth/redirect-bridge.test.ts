/** @jest-environment jsdom */
jest.mock('@azure/msal-browser/redirect-bridge', () => ({ broadcastResponseToMainFrame: jest.fn() }));

type Bridge = { broadcastResponseToMainFrame: jest.Mock };

/** Loads the bridge page's script afresh, with MSAL's broadcast answering as `answer` says. */
async function runBridge(
  answer: (mock: jest.Mock) => void,
): Promise<{ broadcast: jest.Mock; status: string | null | undefined }> {
  document.body.innerHTML = '<main><p id="bridge-status" role="status">Finishing sign-in…</p></main>';
  let broadcast: jest.Mock | undefined;
  jest.isolateModules(() => {
    broadcast = (jest.requireMock('@azure/msal-browser/redirect-bridge') as Bridge).broadcastResponseToMainFrame;
    answer(broadcast);
    jest.requireActual('../../src/auth/redirect-bridge');
  });
  await new Promise((r) => setTimeout(r, 0));
  return { broadcast: broadcast!, status: document.getElementById('bridge-status')?.textContent };
}

describe('auth-bridge.html', () => {
  test('hands the sign-in response to the window that asked', async () => {
    const { broadcast, status } = await runBridge((m) => m.mockResolvedValue(undefined));
    expect(broadcast).toHaveBeenCalledTimes(1);
    expect(status).toBe('Finishing sign-in…');
  });

  test('when there is no response to hand on (opened by hand, stale link), says so in words', async () => {
    const { status } = await runBridge((m) =>
      m.mockRejectedValue(Object.assign(new Error('https://aka.ms/msaljs'), { errorCode: 'hash_empty_error' })),
    );
    expect(status).toBe('Sign-in could not finish here. Close this window and try again from the card.');
  });
});
