import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostState } from "./host/detectHost";
import { useTypography } from "./shared/typography.styles";

/** Says where the pane runs; outside Word it says that Word is needed. */
export function StartupNotice({ host }: { readonly host: HostState }) {
  const type = useTypography();
  return (
    <main>
      <h1 className={type.title}>Báo cáo CCHC</h1>
      {host === "word" ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Đang chạy trong Word</MessageBarTitle>
            Sẵn sàng chèn mẫu, cập nhật số liệu và chuyển kỳ báo cáo.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Cần mở trong Word</MessageBarTitle>
            Phần bổ trợ này chạy trong Microsoft Word. Để dùng thử không cần Word, hãy mở trang
            playground.html.
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
