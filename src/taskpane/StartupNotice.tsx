import { MessageBar, MessageBarBody, MessageBarTitle, Title3 } from "@fluentui/react-components";
import type { HostState } from "./host/detectHost";

/** Says where the pane runs; outside Word it says that Word is needed. */
export function StartupNotice({ host }: { readonly host: HostState }) {
  return (
    <main>
      <Title3 as="h1">Báo cáo CCHC</Title3>
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
            Phần bổ trợ này chạy trong Microsoft Word. Để dùng thử không cần Word, hãy mở trang playground.html.
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
