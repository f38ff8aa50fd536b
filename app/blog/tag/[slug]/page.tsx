import { archiveRoute } from '@/components/archive-route';

const route = archiveRoute('tag');

export const dynamicParams = false;
export const generateStaticParams = route.firstPageParams;
export const generateMetadata = route.metadata;
export default route.FirstPage;
