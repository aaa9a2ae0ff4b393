import { ContentEditPage, contentEditMetadata } from "@/content/pages/ContentEditPage";

export const generateMetadata = contentEditMetadata;

export default function Page(props: { params: Promise<{ locale: string; kind: string }> }) {
  return <ContentEditPage root="innehall" {...props} />;
}
