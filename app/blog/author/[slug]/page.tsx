import { archiveRoute } from '@/app/_archive/archive-route';

const route = archiveRoute('author');

export const dynamicParams = false;
export const generateStaticParams = route.firstPageParams;
export const generateMetadata = route.metadata;
export default route.FirstPage;
