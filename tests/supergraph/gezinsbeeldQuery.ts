// One definition, shared with the benchmark (npm run bench:audit).
export { GEZINSBEELD_FIELDS, GEZINSBEELD_PAGE_QUERY, GEZINSBEELD_QUERY } from "@gezinsbeeld/infra/dist/gezinsbeeldQuery";
