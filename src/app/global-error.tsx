'use client';

// Shown only when the root layout itself fails (the header degrades on its own,
// so this is the last resort). It replaces the layout and its translations, so
// it carries both languages itself, Chinese first; the cause is logged on the server.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, color: '#0f172a' }}>
        <div style={{ background: '#17468a', color: 'white', padding: '12px 16px', fontWeight: 700 }}>一窗通办 · 示范县政务服务中心</div>
        <main style={{ maxWidth: 560, margin: '64px auto', padding: '0 16px', textAlign: 'center' }}>
          <h1 style={{ fontSize: 22 }}>服务繁忙，请稍后再试</h1>
          <p style={{ color: '#475569' }}>系统暂时无法完成您的请求，请稍等片刻后重试。如问题持续，请拨打 12345。</p>
          <p lang="en" style={{ color: '#475569' }}>
            The service is busy. Please try again in a moment; if it keeps failing, call 12345.
          </p>
          <button
            type="button"
            onClick={reset}
            style={{ marginTop: 24, padding: '8px 20px', borderRadius: 6, border: 0, background: '#17468a', color: 'white', fontSize: 16 }}
          >
            重试 / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
